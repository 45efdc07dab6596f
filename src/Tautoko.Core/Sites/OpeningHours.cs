namespace Tautoko.Core.Sites;

/// <summary>The seed's opening hours: standard hours and the three smaller sites' exceptions (003).</summary>
public static class OpeningHours
{
    private static readonly DayOfWeek[] MonTueThuFri = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // service centres open 8.30am–5pm Mon/Tue/Thu/Fri and 9.30am–5pm Wednesday.
    public static IReadOnlyList<OpeningSession> Standard { get; } =
    [
        .. MonTueThuFri.Select(d => new OpeningSession(d, new TimeOnly(8, 30), new TimeOnly(17, 0))),
        new OpeningSession(DayOfWeek.Wednesday, new TimeOnly(9, 30), new TimeOnly(17, 0)),
    ];

    // Ohakune 9.30–12 and 1–4, closed Wednesdays.
    public static IReadOnlyList<OpeningSession> Ohakune { get; } =
    [
        .. MonTueThuFri.SelectMany(d => new[]
        {
            new OpeningSession(d, new TimeOnly(9, 30), new TimeOnly(12, 0)),
            new OpeningSession(d, new TimeOnly(13, 0), new TimeOnly(16, 0)),
        }),
    ];

    // Murupara 9–4 Mon/Tue/Thu/Fri, 10.30–4 Wednesday.
    public static IReadOnlyList<OpeningSession> Murupara { get; } =
    [
        .. MonTueThuFri.Select(d => new OpeningSession(d, new TimeOnly(9, 0), new TimeOnly(16, 0))),
        new OpeningSession(DayOfWeek.Wednesday, new TimeOnly(10, 30), new TimeOnly(16, 0)),
    ];

    // Takaka 8.30–12 and 1–4 Mon/Tue/Thu/Fri; 9.30–12 and 1–4 Wednesday.
    public static IReadOnlyList<OpeningSession> Takaka { get; } =
    [
        .. MonTueThuFri.SelectMany(d => new[]
        {
            new OpeningSession(d, new TimeOnly(8, 30), new TimeOnly(12, 0)),
            new OpeningSession(d, new TimeOnly(13, 0), new TimeOnly(16, 0)),
        }),
        new OpeningSession(DayOfWeek.Wednesday, new TimeOnly(9, 30), new TimeOnly(12, 0)),
        new OpeningSession(DayOfWeek.Wednesday, new TimeOnly(13, 0), new TimeOnly(16, 0)),
    ];

    /// <summary>The seed's hours for a site by its name: one of the three exceptions, else standard.</summary>
    public static IReadOnlyList<OpeningSession> ForSiteName(string name) => name.Trim() switch
    {
        "Ohakune" => Ohakune,
        "Murupara" => Murupara,
        "Takaka" or "Tākaka" => Takaka,
        _ => Standard,
    };
}
