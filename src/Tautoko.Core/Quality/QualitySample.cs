using Tautoko.Core.Common;

namespace Tautoko.Core.Quality;

/// <summary>
/// A random sample of a site's processed actions for a period, drawn by the National Quality Team (001) with a recorded
/// seed, so the same seed over the same actions draws it again. Its checks are <see cref="QualityCheck"/> rows.
/// </summary>
public sealed class QualitySample
{
    public const int MaxPeriodDays = 366;

    private QualitySample()
    {
        Kinds = string.Empty;
    }

    public QualitySample(Guid id, SiteId siteId, DateOnly from, DateOnly to, IReadOnlyCollection<ProcessedActionKind> kinds, long seed, int requestedSize, int populationSize, StaffId drawnById, DateTimeOffset drawnAt)
        : this()
    {
        if (WhyNot(from, to, kinds, requestedSize) is { } error)
        {
            throw new DomainException(error);
        }

        Id = id;
        SiteId = siteId;
        From = from;
        To = to;
        Kinds = string.Join(",", kinds.Distinct().Order().Select(k => k.ToString()));
        Seed = seed;
        RequestedSize = requestedSize;
        PopulationSize = populationSize;
        DrawnById = drawnById;
        DrawnAt = drawnAt;
    }

    public Guid Id { get; private set; }

    public SiteId SiteId { get; private set; }

    /// <summary>The first and last New Zealand dates the actions were processed on.</summary>
    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>The kinds of action sampled, comma-separated.</summary>
    public string Kinds { get; private set; }

    public IReadOnlyList<ProcessedActionKind> KindList => [.. Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ProcessedActionKind>)];

    /// <summary>The seed the sample was drawn with (recorded, so the draw can be repeated).</summary>
    public long Seed { get; private set; }

    public int RequestedSize { get; private set; }

    /// <summary>How many actions the sample was drawn from.</summary>
    public int PopulationSize { get; private set; }

    public StaffId DrawnById { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    public static DomainError? WhyNot(DateOnly from, DateOnly to, IReadOnlyCollection<ProcessedActionKind> kinds, int size) =>
        to < from ? new DomainError("quality-period", "The last day is on or after the first day.")
        : to.DayNumber - from.DayNumber >= MaxPeriodDays ? new DomainError("quality-period", $"A sample covers at most {MaxPeriodDays} days.")
        : kinds.Count == 0 || kinds.Any(k => !Enum.IsDefined(k)) ? new DomainError("quality-kinds", "Choose at least one kind of processed action.")
        : size is < 1 or > QualitySampling.MaxSampleSize ? new DomainError("quality-size", $"A sample holds 1 to {QualitySampling.MaxSampleSize} actions.")
        : null;
}

/// <summary>One sampled action and, once checked, its result (correct or error) and error type .</summary>
public sealed class QualityCheck
{
    public const int MaxNoteLength = 2000;

    private QualityCheck()
    {
    }

    public QualityCheck(Guid id, QualitySample sample, int position, ProcessedAction action)
    {
        Id = id;
        SampleId = sample.Id;
        SiteId = sample.SiteId;
        Position = position;
        Kind = action.Kind;
        ActionId = action.Id;
        ClientId = action.ClientId is { } c ? new ClientId(c) : null;
        ProcessedById = action.ProcessedById is { } s ? new StaffId(s) : null;
        ProcessedAt = action.ProcessedAt;
    }

    public Guid Id { get; private set; }

    public Guid SampleId { get; private set; }

    public SiteId SiteId { get; private set; }

    /// <summary>The action's place in the draw (1 first).</summary>
    public int Position { get; private set; }

    public ProcessedActionKind Kind { get; private set; }

    /// <summary>The hardship application, appointment or work-queue task checked.</summary>
    public Guid ActionId { get; private set; }

    public ClientId? ClientId { get; private set; }

    public StaffId? ProcessedById { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }

    public QualityCheckResult? Result { get; private set; }

    public QualityErrorType? ErrorType { get; private set; }

    public string? Note { get; private set; }

    public StaffId? CheckedById { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public int Version { get; private set; }

    public DomainError? WhyNotRecord(QualityCheckResult result, QualityErrorType? errorType, string? note, StaffId by) =>
        Result is not null ? new DomainError("quality-checked", $"This action was already checked ({Result.Value.DisplayName()}).")
        : !Enum.IsDefined(result) ? new DomainError(AccuracyEstimate.Rule, "The result is correct or error.")
        : result == QualityCheckResult.Error && errorType is null ? new DomainError(AccuracyEstimate.Rule, "An action in error names the error type.")
        : errorType is { } t && !Enum.IsDefined(t) ? new DomainError(AccuracyEstimate.Rule, "Choose one of the error types.")
        : result == QualityCheckResult.Correct && errorType is not null ? new DomainError(AccuracyEstimate.Rule, "Only an action in error has an error type.")
        : note is { } n && n.Trim().Length > MaxNoteLength ? new DomainError("quality-note", $"The note is at most {MaxNoteLength} characters.")
        : ProcessedById == by ? new DomainError("quality-independent", "A quality check is independent: nobody checks an action they processed themselves.")
        : null;

    public void Record(QualityCheckResult result, QualityErrorType? errorType, string? note, StaffId by, DateTimeOffset at)
    {
        if (WhyNotRecord(result, errorType, note, by) is { } error)
        {
            throw new DomainException(error);
        }

        Result = result;
        ErrorType = errorType;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CheckedById = by;
        CheckedAt = at;
        Version++;
    }
}
