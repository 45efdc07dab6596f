using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

/// <summary>Why a client without a booking saw a case manager. The last seven are the seed's exclusions .</summary>
public enum WalkInPurpose
{
    ImmediateNeed = 0,
    BenefitApplication = 1,
    ChangeOfCircumstances = 2,
    EmploymentSupport = 3,
    HousingNeed = 4,
    CaseManagementDiscussion = 5,
    Other = 6,
    ScanningDocuments = 20,
    FormsSubmitted = 21,
    PaymentCard = 22,
    GeneralQuery = 23,
    ProcessingAction = 24,
    SightingIdentification = 25,
    Authentication = 26,
}

public static class WalkInPurposes
{
    public const string Rule = "R-049";

    /// <summary>
    /// R-049 (003): walk-ins are recorded for unbooked face-to-face visits with a case manager — never
    /// for scanning documents, forms, payment cards, general queries, processing, sighting ID or authentication.
    /// </summary>
    public static bool IsExcluded(this WalkInPurpose purpose) => purpose switch
    {
        WalkInPurpose.ImmediateNeed or WalkInPurpose.BenefitApplication or WalkInPurpose.ChangeOfCircumstances
            or WalkInPurpose.EmploymentSupport or WalkInPurpose.HousingNeed or WalkInPurpose.CaseManagementDiscussion
            or WalkInPurpose.Other => false,
        WalkInPurpose.ScanningDocuments or WalkInPurpose.FormsSubmitted or WalkInPurpose.PaymentCard or WalkInPurpose.GeneralQuery
            or WalkInPurpose.ProcessingAction or WalkInPurpose.SightingIdentification or WalkInPurpose.Authentication => true,
    };

    public static string DisplayName(this WalkInPurpose purpose) => purpose switch
    {
        WalkInPurpose.ImmediateNeed => "Immediate need (e.g. hardship assistance)",
        WalkInPurpose.BenefitApplication => "Benefit application or re-application",
        WalkInPurpose.ChangeOfCircumstances => "Change of circumstances",
        WalkInPurpose.EmploymentSupport => "Employment support",
        WalkInPurpose.HousingNeed => "Housing need",
        WalkInPurpose.CaseManagementDiscussion => "Discussion with their case manager",
        WalkInPurpose.Other => "Other need met by a case manager",
        WalkInPurpose.ScanningDocuments => "Scanning documents",
        WalkInPurpose.FormsSubmitted => "Forms submitted by the client",
        WalkInPurpose.PaymentCard => "Issuing or managing a payment card",
        WalkInPurpose.GeneralQuery => "General query",
        WalkInPurpose.ProcessingAction => "Processing done by a case manager",
        WalkInPurpose.SightingIdentification => "Sighting identification",
        WalkInPurpose.Authentication => "Authentication",
    };

    /// <summary>R-049: a walk-in is a face-to-face visit with a case manager; null when whoever saw the client is one.</summary>
    /// <summary>
    /// a walk-in is a visit without a booked appointment; when the client has one booked at that time,
    /// the visit is that appointment and is resulted, not recorded again as a walk-in.
    /// </summary>
    public static DomainError? WhyNotUnbooked(DateTimeOffset? bookedAppointmentStartsAt) =>
        bookedAppointmentStartsAt is { } at
            ? new DomainError(Rule, $"The client has an appointment booked for {AppointmentText.When(at)}; result that appointment instead of recording a walk-in.")
            : null;

    public static DomainError? WhyNotSeenBy(bool seenByCaseManager) =>
        seenByCaseManager ? null : new DomainError(Rule, "A walk-in is a visit with a case manager; name the case manager who saw the client.");

    /// <summary>Throws the R-049 error for a purpose the seed says is not a walk-in.</summary>
    public static void EnsureRecordable(WalkInPurpose purpose)
    {
        if (!Enum.IsDefined(purpose))
        {
            throw new DomainException(new DomainError(Rule, "Choose why the client came in from the list."));
        }

        if (purpose.IsExcluded())
        {
            throw new DomainException(new DomainError(Rule,
                $"\"{purpose.DisplayName()}\" is not recorded as a walk-in (003): walk-ins are unbooked face-to-face visits where a case manager meets the client's needs."));
        }
    }
}
