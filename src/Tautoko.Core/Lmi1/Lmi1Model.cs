using Tautoko.Core.Common;

namespace Tautoko.Core.Lmi1;

/// <summary>
/// One training of the Labour Market Indicator 1 model: what it learned from, and how well it
/// predicts on clients it did not see (held-out AUC, Brier score, calibration by decile), for analysts.
/// </summary>
public sealed class Lmi1Model
{
    private Lmi1Model()
    {
        Algorithm = string.Empty;
        Calibration = string.Empty;
        Weights = string.Empty;
    }

    public Lmi1Model(Guid id, DateTimeOffset trainedAt, DateOnly asOf, string algorithm, int trainingRows, int heldOutRows, double positiveRate, double auc, double brier, string calibration, string weights)
        : this()
    {
        Id = id;
        TrainedAt = trainedAt;
        AsOf = asOf;
        Algorithm = algorithm;
        TrainingRows = trainingRows;
        HeldOutRows = heldOutRows;
        PositiveRate = positiveRate;
        Auc = auc;
        Brier = brier;
        Calibration = calibration;
        Weights = weights;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset TrainedAt { get; private set; }

    /// <summary>The day the examples and scores are as of.</summary>
    public DateOnly AsOf { get; private set; }

    public string Algorithm { get; private set; }

    public int TrainingRows { get; private set; }

    public int HeldOutRows { get; private set; }

    /// <summary>Share of examples who left benefit for work within three months.</summary>
    public double PositiveRate { get; private set; }

    /// <summary>Area under the ROC curve on the held-out examples.</summary>
    public double Auc { get; private set; }

    public double Brier { get; private set; }

    /// <summary>JSON: per decile of predicted score, the mean prediction and the observed rate on held-out examples.</summary>
    public string Calibration { get; private set; }

    /// <summary>JSON: each feature's weight in the logistic model (log-odds per unit), for transparency.</summary>
    public string Weights { get; private set; }

    public int ClientsScored { get; private set; }

    public int TagsAdded { get; private set; }

    public void RecordRun(int scored, int tagged)
    {
        ClientsScored = scored;
        TagsAdded = tagged;
    }
}

/// <summary>A client's LMI1 score from one model run, with the main factors; linked to the tag it added, if any.</summary>
public sealed class Lmi1Score
{
    private Lmi1Score()
    {
        Factors = string.Empty;
    }

    public Lmi1Score(Guid id, ClientId clientId, Guid modelId, DateOnly scoredOn, double score, string factors, Guid? tagId)
        : this()
    {
        Id = id;
        ClientId = clientId;
        ModelId = modelId;
        ScoredOn = scoredOn;
        Score = score;
        Factors = factors;
        TagId = tagId;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public Guid ModelId { get; private set; }

    public DateOnly ScoredOn { get; private set; }

    public double Score { get; private set; }

    public string Factors { get; private set; }

    public Guid? TagId { get; private set; }
}

/// <summary>National office's LMI1 threshold (one row): clients scoring at or above it are tagged.</summary>
public sealed class Lmi1Settings
{
    public const int SingletonId = 1;
    public const double DefaultThreshold = 0.6;

    private Lmi1Settings()
    {
    }

    public Lmi1Settings(double threshold, DateTimeOffset at)
    {
        Id = SingletonId;
        Validate(threshold);
        Threshold = threshold;
        UpdatedAt = at;
    }

    public int Id { get; private set; }

    public double Threshold { get; private set; }

    public StaffId? UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Change(double threshold, StaffId by, DateTimeOffset at)
    {
        Validate(threshold);
        Threshold = threshold;
        UpdatedById = by;
        UpdatedAt = at;
        Version++;
    }

    private static void Validate(double threshold)
    {
        if (double.IsNaN(threshold) || threshold is <= 0.0 or >= 1.0)
        {
            throw new DomainException(new DomainError("R-019", "The LMI1 threshold is a probability between 0 and 1."));
        }
    }
}

public enum JobRunStatus
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,
}

/// <summary>
/// A daily job's claim on a day: the primary key (job, day) lets only one node run it, and a restart
/// finds the day already done. Shared by periodic jobs.
/// </summary>
public sealed class JobRun
{
    private JobRun()
    {
        Job = string.Empty;
    }

    public JobRun(string job, DateOnly day, DateTimeOffset startedAt, string? trigger)
    {
        Job = job;
        Day = day;
        StartedAt = startedAt;
        Trigger = trigger;
        Status = JobRunStatus.Running;
    }

    public string Job { get; private set; }

    public DateOnly Day { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string? Trigger { get; private set; }

    public JobRunStatus Status { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public string? Outcome { get; private set; }

    public void Finish(bool succeeded, DateTimeOffset at, string outcome)
    {
        Status = succeeded ? JobRunStatus.Succeeded : JobRunStatus.Failed;
        FinishedAt = at;
        Outcome = outcome.Length > 1000 ? outcome[..1000] : outcome;
    }
}
