using Tautoko.Core.Appointments;

namespace Tautoko.Core.Tests.Appointments;

public sealed class WalkInUnbookedTests
{
    [Fact]
    public void WhyNotUnbooked_ClientHasABookedAppointmentThen_RefusedNamingR049()
    {
        // walk-ins are recorded for unbooked face-to-face visits only.
        var error = WalkInPurposes.WhyNotUnbooked(new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero));

        Assert.Equal("R-049", error?.Rule);
        Assert.Contains("Tuesday 8 December 2026 at 11:00 AM", error!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WhyNotUnbooked_NoBookingThen_MayBeRecorded_R049() => Assert.Null(WalkInPurposes.WhyNotUnbooked(null));
}
