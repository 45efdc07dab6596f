using System.Globalization;

namespace Tautoko.Core.Releases;

/// <summary>The tables a statistical release can hold: seed 000's Appendix One and seed 003's appendices.</summary>
public enum ReleaseTable
{
    /// <summary>000 Table One: hardship declines for food by reason and period.</summary>
    FoodDeclines = 0,

    /// <summary>000 Tables Two to Five: household-item declines by the ten reasons and four item groups, one table per period.</summary>
    HouseholdItemDeclines = 1,

    /// <summary>000 Table Six: case managers and CSRs by gender.</summary>
    StaffByRoleAndGender = 2,

    /// <summary>000 Table Seven: reviews of decision completed, by outcome and period.</summary>
    ReviewsOfDecision = 3,

    /// <summary>000 Table Eight: complaints about frontline staff by outcome and period.</summary>
    Complaints = 4,

    /// <summary>003 Appendix Two: appointments (not seminars) by type and period, with average and median wait.</summary>
    AppointmentWaits = 5,

    /// <summary>003 Appendix One: calls offered, answered, abandoned, speed of answer, handle time and call-backs, by business unit (imported call records).</summary>
    Calls = 6,

    /// <summary>003 Appendix Three: MyMSD registrations and logins (no client portal yet).</summary>
    SelfService = 7,

    /// <summary>003 Appendix Four: FTE of case managers, and of CSRs and their line managers.</summary>
    Fte = 8,
}

/// <summary>What the catalogue knows of a table: its code, seed heading, the seed's rounding choice and notes.</summary>
public sealed record ReleaseTableInfo(ReleaseTable Table, string Code, string Number, string Title, bool RoundedBySeed, bool HasCounts, IReadOnlyList<string> Notes, string? NoDataBecause);

/// <summary>The seeds' tables, their words and notes, and which are rounded by default (R-105).</summary>
public static class ReleaseCatalogue
{
    private const string RoundingNote =
        "To protect confidentiality, these counts have had random rounding to base three applied to every cell (the cell-key method: the same records always round the same way). A value of one or two may be rounded to zero or three; columns and rows may not add exactly to the totals. The published counts never differ by more than two from the true counts.";

    private static readonly string[] DeclineNotes =
    [
        "The tables show the number of declines, not the number of clients. A client may have more than one decline during the reported period.",
        "Essential household items include beds, tables, chairs, washing machine/fridge, 'other furniture' and 'other appliances'.",
        "The reason for decline 'Other' includes all other reasons that are not listed.",
    ];

    public static IReadOnlyList<ReleaseTableInfo> All { get; } =
    [
        new(ReleaseTable.FoodDeclines, "food-declines", "Table One",
            "The number of hardship application declines for food, broken down by reason for decline and period", true, true, DeclineNotes, null),
        new(ReleaseTable.HouseholdItemDeclines, "household-declines", "Tables Two to Five",
            "The number of hardship application declines for essential household items, broken down by reason for decline and item group, one table per period", true, true, DeclineNotes, null),
        new(ReleaseTable.StaffByRoleAndGender, "staff", "Table Six",
            "The number of Case Managers and Customer Service Representatives (CSR), broken down by gender", false, true,
            [
                "'Case manager' for this table: Case Manager (every variant), Employment Case Manager and Intensive Client Support Manager.",
                "'CSR' for this table: Customer Service Representative, Contact Centre Officer, StudyLink Officer Contact Centre and Employment Support Representative.",
                "'Other' counts gender diverse and undeclared (options since 2019; R-107).",
                "Active staff as at the day the release was built; the staff register keeps no history, so this table is the same for every period.",
            ], null),
        new(ReleaseTable.ReviewsOfDecision, "reviews", "Table Seven",
            "The number of reviews of decisions completed against decisions to decline applications, broken down by outcome and period", false, true,
            ["A review counts in the period in which it was completed (its outcome recorded)."], null),
        new(ReleaseTable.Complaints, "complaints", "Table Eight",
            "The number of complaints in relation to behaviour of frontline staff, broken down by outcome and period", false, true,
            ["A complaint counts in the period in which it was received; complaints still open have no outcome and are not counted."], null),
        new(ReleaseTable.AppointmentWaits, "appointment-waits", "Appendix Two",
            "Number of appointments excluding seminar appointments, by type of appointment and period, with average and median wait time", false, true,
            [
                "Wait time: calendar days from when the appointment was booked to when it was held. Walk-ins and cancelled appointments are not counted; seminar appointments are excluded.",
                "Averages and medians are never rounded; they are shown only for cells of at least 6 appointments.",
            ], null),
        new(ReleaseTable.Calls, "calls", "Appendix One",
            "The number of calls offered, calls answered, calls abandoned, average speed of answer, average handle time, call-backs offered and call-backs accepted across Ministry Business Units", false, true,
            [
                "From the call records imported from the telephony system; a call counts in the period in which it was offered (New Zealand time), under the business unit of its queue.",
                "Average speed of answer: answered time less offered time; average handle time: end time less answered time; both in seconds, over answered calls, and never rounded.",
                "An abandoned call ended before it was answered. A call-back is counted as offered when the caller was offered one, and as accepted when they took it.",
            ], null),
        new(ReleaseTable.SelfService, "self-service", "Appendix Three",
            "MyMSD registered clients, logins and unique clients by month", false, false, [],
            "No data: Tautoko has no client portal yet, so there are no self-service registrations or logins to count."),
        new(ReleaseTable.Fte, "fte", "Appendix Four",
            "The number of Full Time Equivalent Case Manager staff, and of Customer Service Representatives and line managers", false, false,
            [
                "FTE as recorded on each active staff member as at the day the release was built (no history is kept, so every period shows the same).",
                "Line managers: Service Centre Managers.",
            ], null),
    ];

    public static ReleaseTableInfo Info(ReleaseTable table) => All[(int)table];

    public static bool TryParse(string? code, out ReleaseTable table)
    {
        var found = All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
        table = found?.Table ?? default;
        return found is not null;
    }

    /// <summary>The notes printed under a table: the seed's, then the rounding note when the table is rounded.</summary>
    public static IReadOnlyList<string> NotesFor(ReleaseTable table, bool rounded) =>
        rounded ? [.. Info(table).Notes, RoundingNote] : [.. Info(table).Notes, "These counts are not rounded (the seed publishes this table unrounded; R-105)."];
}

/// <summary>A period of a release: first and last day inclusive (R-106: calendar years, financial years or parts of them).</summary>
public sealed record ReleasePeriod(DateOnly From, DateOnly To)
{
    public const int MaxPeriods = 8;

    /// <summary>"2020", "2020/21" (1 July to 30 June), or "1 Jan 2021 to 31 May 2021".</summary>
    public string Label
    {
        get
        {
            if (From.Month == 1 && From.Day == 1 && To == new DateOnly(From.Year, 12, 31))
            {
                return From.Year.ToString(CultureInfo.InvariantCulture);
            }

            if (From.Month == 7 && From.Day == 1 && To == new DateOnly(From.Year + 1, 6, 30))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{From.Year}/{(From.Year + 1) % 100:00}");
            }

            return string.Create(CultureInfo.InvariantCulture, $"{From:d MMM yyyy} to {To:d MMM yyyy}");
        }
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The New Zealand financial year (1 July to 30 June) that holds <paramref name="day"/>.</summary>
    public static ReleasePeriod FinancialYearOf(DateOnly day)
    {
        var start = day.Month >= 7 ? day.Year : day.Year - 1;
        return new ReleasePeriod(new DateOnly(start, 7, 1), new DateOnly(start + 1, 6, 30));
    }

    public static ReleasePeriod CalendarYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Stored as "yyyy-MM-dd..yyyy-MM-dd;…".</summary>
    public static string Format(IEnumerable<ReleasePeriod> periods) =>
        string.Join(';', periods.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.From:yyyy-MM-dd}..{p.To:yyyy-MM-dd}")));

    public static IReadOnlyList<ReleasePeriod> Parse(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var parts = p.Split("..");
            return new ReleasePeriod(DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        })];
}

/// <summary>A table chosen for a release and whether its counts are rounded (R-105: the seed's choice unless the analyst says otherwise).</summary>
public sealed record ReleaseTableChoice(ReleaseTable Table, bool Rounded)
{
    public static string Format(IEnumerable<ReleaseTableChoice> choices) =>
        string.Join(';', choices.Select(c => $"{ReleaseCatalogue.Info(c.Table).Code}:{(c.Rounded ? "rounded" : "unrounded")}"));

    public static IReadOnlyList<ReleaseTableChoice> Parse(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var parts = p.Split(':');
            ReleaseCatalogue.TryParse(parts[0], out var table);
            return new ReleaseTableChoice(table, parts[1] == "rounded");
        })];
}
