namespace Tautoko.Core.ContactCentre;

/// <summary>
/// R-079 step 4 (002): "Confirm the client's next appointment with their Case Manager or book them a new one in
/// these scenarios" — the seed's first bullet is two situations ("has not met their CM or doesn't have their
/// contact details"), so four in all.
/// </summary>
public enum NextAppointmentSituation
{
    /// <summary>The client has not met their case manager: the appointment is made with the case manager directly.</summary>
    HasNotMetCaseManager = 0,

    /// <summary>The client does not have their case manager's contact details.</summary>
    NoCaseManagerContactDetails = 1,

    /// <summary>The client does not have their next appointment booked.</summary>
    NoNextAppointment = 2,

    /// <summary>The client has other needs the contact centre could not fulfil.</summary>
    OtherNeedsUnmet = 3,
}

/// <summary>R-079 step 4: which of the seed's situations apply, and what they call for.</summary>
public static class NextAppointmentSituations
{
    public static IReadOnlyList<NextAppointmentSituation> Of(bool hasMetCaseManager, bool hasContactDetails, bool hasNextAppointment, bool otherNeedsUnmet)
    {
        var situations = new List<NextAppointmentSituation>();
        if (!hasMetCaseManager)
        {
            situations.Add(NextAppointmentSituation.HasNotMetCaseManager);
        }

        if (!hasContactDetails)
        {
            situations.Add(NextAppointmentSituation.NoCaseManagerContactDetails);
        }

        if (!hasNextAppointment)
        {
            situations.Add(NextAppointmentSituation.NoNextAppointment);
        }

        if (otherNeedsUnmet)
        {
            situations.Add(NextAppointmentSituation.OtherNeedsUnmet);
        }

        return situations;
    }

    /// <summary>Any situation calls for a booking; with none the CSR confirms the appointment the client has.</summary>
    public static bool CallForBooking(IReadOnlyCollection<NextAppointmentSituation> situations) => situations.Count > 0;

    /// <summary>"In some cases, the appointment has to be made directly with the Case Manager, such as when the client hasn't met their Case Manager before."</summary>
    public static bool WithCaseManagerOnly(IReadOnlyCollection<NextAppointmentSituation> situations) =>
        situations.Contains(NextAppointmentSituation.HasNotMetCaseManager);

    /// <summary>What the summary e-mail says when the case manager has no appointment free for a client who has never met them.</summary>
    public static string NoFreeAppointment(string caseManagerName) =>
        $"Not booked: the client has not met their case manager before, so the appointment has to be made with {caseManagerName} directly, and {caseManagerName} has no available appointment in the calendar. Please contact the client to arrange their first meeting (R-079).";

    public static string DisplayName(this NextAppointmentSituation situation) => situation switch
    {
        NextAppointmentSituation.HasNotMetCaseManager => "the client has not met their case manager",
        NextAppointmentSituation.NoCaseManagerContactDetails => "the client doesn't have their case manager's contact details",
        NextAppointmentSituation.NoNextAppointment => "the client does not have their next appointment booked",
        NextAppointmentSituation.OtherNeedsUnmet => "the client has other needs the contact centre could not fulfil",
    };

    /// <summary>The line the step-4 summary starts with.</summary>
    public static string Describe(IReadOnlyCollection<NextAppointmentSituation> situations) =>
        situations.Count == 0
            ? "The client has met their case manager, has their contact details and their next appointment, and no other needs."
            : $"Booking needed because {string.Join("; ", situations.Select(s => s.DisplayName()))}.";
}
