namespace Tautoko.Web.Features.Calls;

/// <summary>
/// What an import did: the lines read, the calls added, and those already held (the same call id with the same values,
/// sent again — an import is idempotent on the call id).
/// </summary>
public sealed record CallImportResult(Guid ImportId, int Lines, int Added, int AlreadyHeld, DateTimeOffset? FirstOffered, DateTimeOffset? LastOffered);

/// <summary>
/// The contact-centre figures for a period (Auckland days from..to): one row per business unit and Auckland month with
/// calls, then a total per unit and for all units. Averages are in seconds, over answered calls.
/// </summary>
public sealed record CallFiguresReport(DateOnly From, DateOnly To, IReadOnlyList<CallFiguresRow> Rows, IReadOnlyList<CallFiguresRow> UnitTotals, CallFiguresRow Total, SelfServiceFigures SelfService);

/// <summary>
/// One cell of the figures: calls offered, answered and abandoned; average speed of answer (answered − offered) and
/// average handle time (end − answered), in seconds over answered calls (null with none answered); call-backs offered and accepted.
/// <see cref="Month"/> is yyyy-MM (null on a total), <see cref="BusinessUnit"/> its name ("All business units" on the total).
/// </summary>
public sealed record CallFiguresRow(string BusinessUnit, string? Month, int Offered, int Answered, int Abandoned, decimal? AverageSpeedOfAnswerSeconds, decimal? AverageHandleTimeSeconds, int CallbacksOffered, int CallbacksAccepted);

/// <summary>
/// Self-service (MyMSD) registrations and logins by month (seed 003 Appendix Three): they come from the client portal's
/// records, and Tautoko has no client portal yet, so there are none: <see cref="NoData"/> says so and <see cref="Months"/> is empty.
/// </summary>
public sealed record SelfServiceFigures(string? NoData, IReadOnlyList<SelfServiceMonth> Months);

public sealed record SelfServiceMonth(string Month, int RegisteredClients, int Logins, int UniqueClients);

/// <summary>A queue of the catalogue and the business unit its calls count under.</summary>
public sealed record CallQueueView(string Queue, string BusinessUnit, string Description);
