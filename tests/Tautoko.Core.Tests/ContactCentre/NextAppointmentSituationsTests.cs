using Tautoko.Core.ContactCentre;

namespace Tautoko.Core.Tests.ContactCentre;

public sealed class NextAppointmentSituationsTests
{
    [Fact]
    public void Of_TheSeedsFourSituations_EachCallsForABooking_R079()
    {
        // R-079 step 4: not met the CM; no contact details; no next appointment; other needs not fulfilled.
        Assert.Equal([NextAppointmentSituation.HasNotMetCaseManager], NextAppointmentSituations.Of(false, true, true, false));
        Assert.Equal([NextAppointmentSituation.NoCaseManagerContactDetails], NextAppointmentSituations.Of(true, false, true, false));
        Assert.Equal([NextAppointmentSituation.NoNextAppointment], NextAppointmentSituations.Of(true, true, false, false));
        Assert.Equal([NextAppointmentSituation.OtherNeedsUnmet], NextAppointmentSituations.Of(true, true, true, true));
        Assert.All(Enum.GetValues<NextAppointmentSituation>(), s => Assert.True(NextAppointmentSituations.CallForBooking([s])));
    }

    [Fact]
    public void Of_NoneApplies_ConfirmTheAppointmentTheClientHas_R079()
    {
        var none = NextAppointmentSituations.Of(true, true, true, false);

        Assert.Empty(none);
        Assert.False(NextAppointmentSituations.CallForBooking(none));
        Assert.StartsWith("The client has met their case manager", NextAppointmentSituations.Describe(none), StringComparison.Ordinal);
    }

    [Fact]
    public void WithCaseManagerOnly_OnlyWhenTheClientHasNotMetThem_R079()
    {
        // "the appointment has to be made directly with the Case Manager, such as when the client hasn't met their Case Manager before".
        Assert.True(NextAppointmentSituations.WithCaseManagerOnly(NextAppointmentSituations.Of(false, true, true, false)));
        Assert.False(NextAppointmentSituations.WithCaseManagerOnly(NextAppointmentSituations.Of(true, false, false, true)));
        Assert.Contains("has no available appointment", NextAppointmentSituations.NoFreeAppointment("Aroha Ngata"), StringComparison.Ordinal);
    }
}
