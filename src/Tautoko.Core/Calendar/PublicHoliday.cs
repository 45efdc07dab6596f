namespace Tautoko.Core.Calendar;

/// <summary>
/// A public holiday as an office open Monday to Friday observes it: <see cref="Date"/> is the
/// date after Mondayisation, and <see cref="Name"/> says "(observed)" when the holiday was moved.
/// </summary>
/// <param name="Date">The observed date; always a weekday.</param>
/// <param name="Name">The holiday's name, e.g. "Anzac Day (observed)" or "Wellington Anniversary Day".</param>
/// <param name="IsRegional">True for a provincial anniversary day, false for a national holiday.</param>
public sealed record PublicHoliday(DateOnly Date, string Name, bool IsRegional);
