namespace Tautoko.Core.Measures;

/// <summary>How a measure's number is made from its summed numerator and denominator.</summary>
public enum MeasureKind
{
    /// <summary>Numerator over denominator, as a percentage (one decimal).</summary>
    Percent = 0,

    /// <summary>Numerator per staff day worked (completions per case manager per day with at least one).</summary>
    DailyAverage = 1,

    /// <summary>The numerator itself (a number of clients).</summary>
    Count = 2,
}

/// <summary>
/// One measure of the seeds' "Monitors and measures" tables (002, 003; SPEC §9): its code, name, the rule it
/// follows, its target (a percentage, a daily range, or "monitor") and its definition as the seed words it.
/// </summary>
public sealed record MeasureDefinition(
    string Code, string Group, string Name, string Rule, MeasureKind Kind, string Target, decimal? TargetMin, decimal? TargetMax, string Definition, string Source)
{
    /// <summary>Whether a value meets the target (null for a monitor without a number, or no value).</summary>
    public bool? Meets(decimal? value) => value is not { } v || TargetMin is not { } min ? null : v >= min;
}

/// <summary>The measures of seed 002's and 003's tables, in the seeds' order, each with its target and definition.</summary>
public static class MeasureCatalogue
{
    public const string Accuracy = "accuracy";
    public const string ClientRequests = "client-requests";
    public const string CompletionRate = "completion-rate";
    public const string ReturnRate = "return-rate";
    public const string NewClientsSeen = "new-clients-seen";
    public const string WorkExits = "work-exits";
    public const string PartTimeEarnings = "part-time-earnings";
    public const string IepWithinTenDays = "iep-within-10-days";
    public const string IepQuality = "iep-quality";
    public const string VacancyPrefix = "vacancy-referrals-";
    public const string ProgrammePrefix = "programme-referrals-";

    /// <summary>R-103: a return counts when it is within this many working days.</summary>
    public const int ReturnWorkingDays = 7;

    public static readonly IReadOnlyList<string> VacancyStages = ["accepted", "declined", "interviewed", "filled"];

    public static readonly IReadOnlyList<string> ProgrammeStages =
        ["accepted", "declined", "participated", "completed", "outcome-entered-employment", "outcome-entered-training", "outcome-work-ready", "outcome-no-change"];

    public static IReadOnlyList<MeasureDefinition> All { get; } =
    [
        new(Accuracy, "Accuracy", "Accuracy", "R-100", MeasureKind.Percent, "95%", 95m, null,
            "Standard definition: the share of processed actions found correct by independent quality checks (National Quality Team).", "002, 003"),
        new(ClientRequests, "Client requests", "Client requests completed daily", "R-101", MeasureKind.DailyAverage, "Monitor: 8–12 daily", 8m, 12m,
            "8–12 minimum client requests completed daily on average: appointments resulted and client events completed in a work queue, per case manager per day worked (a day with at least one completion).", "002, 003"),
        new(CompletionRate, "Completion rate", "Appointments resulted \"show\" daily", "R-102", MeasureKind.DailyAverage, "Monitor: 7+ daily", 7m, null,
            "7+ appointments completed as 'show' daily on average, per case manager per day worked (a day with at least one 'show').", "002, 003"),
        new(ReturnRate, "Return rate", "Return rate", "R-103", MeasureKind.Percent, "Monitor", null, null,
            "% of clients returning for the same appointment type within 7 working days: of the appointments attended, those followed by another attended appointment of the same type for the same client within 7 working days.", "002, 003"),
        new(NewClientsSeen, "New client appointments", "New clients seen within 10 working days", "R-033", MeasureKind.Percent, "90%", 90m, null,
            "New clients to service seen face to face (phone for phone-based case management) within 10 working days of being assigned to a caseload (excluding general case management and transfers).", "002, 003"),
        new(WorkExits, "Work exits", "Work exits", "R-104", MeasureKind.Count, "Monitor", null, null,
            "Number of clients who went through Employment Case Management and exited into work (work starts recorded with their case manager).", "002"),
        new(PartTimeEarnings, "Part-time earnings", "Part-time earnings", "R-104", MeasureKind.Count, "Monitor", null, null,
            "Number of clients who went through or are currently in Employment Case Management and declared new part-time earnings.", "002"),
        new(IepWithinTenDays, "Individual employment plans", "IEP within 10 days", "R-062", MeasureKind.Percent, "90%", 90m, null,
            "90% of clients in an employment caseload with an IEP within 10 working days of being assigned.", "002"),
        new(IepQuality, "Individual employment plans", "IEP quality", "R-063", MeasureKind.Percent, "90%", 90m, null,
            "90% of IEPs are 'quality': with activities, ensuring no activities are overdue (open plans made in the period, as they stand now).", "002"),
        .. VacancyStages.Select(s => new MeasureDefinition(VacancyPrefix + s, "Referrals to vacancies", $"Referrals to vacancies: {s}", "R-104", MeasureKind.Percent, "Monitor", null, null,
            $"# and % of the referrals to vacancies made in the period that were {s}. The focus is the percentages, not volumes.", "002")),
        .. ProgrammeStages.Select(s => new MeasureDefinition(ProgrammePrefix + s, "Referrals to programmes", $"Referrals to programmes: {s.Replace("outcome-", "outcome ", StringComparison.Ordinal).Replace('-', ' ')}", "R-104", MeasureKind.Percent, "Monitor", null, null,
            $"# and % of the referrals to programmes made in the period that {(s.StartsWith("outcome-", StringComparison.Ordinal) ? "completed with the outcome " + s["outcome-".Length..].Replace('-', ' ') : "were " + s)}. The main focus is the percentages, not volumes.", "002")),
    ];

    public static MeasureDefinition? Find(string code) => All.FirstOrDefault(m => m.Code == code);
}
