namespace Tautoko.Core.ContactCentre;

/// <summary>
/// The seed's examples of good verifying questions (003, "Outbound calling - privacy and identifying
/// clients"), one flag each so a call records which were asked and which were answered correctly.
/// </summary>
[Flags]
public enum VerifyingQuestion
{
    None = 0,
    FullName = 1 << 0,
    BenefitAndAmount = 1 << 1,
    PayDayAndBank = 1 << 2,
    CurrentAndPreviousAddress = 1 << 3,
    PartnerAndChildren = 1 << 4,
    EmploymentOrContractedServices = 1 << 5,
    LastAppointment = 1 << 6,
    IrdEmailOrPhone = 1 << 7,
}

public enum CallDirection
{
    Inbound = 0,
    Outbound = 1,
}

/// <summary>R-078: "is it the client we're calling, an agent or third party?"</summary>
public enum CallerKind
{
    Client = 0,
    Agent = 1,
    ThirdParty = 2,
}

public enum CallVerification
{
    NotVerified = 0,
    Verified = 1,
    Failed = 2,
}

public static class VerifyingQuestions
{
    /// <summary>Each question as the seed words it.</summary>
    public static IReadOnlyList<(VerifyingQuestion Question, string Wording)> All { get; } =
    [
        (VerifyingQuestion.FullName, "Their full name, including middle names"),
        (VerifyingQuestion.BenefitAndAmount, "Their benefit type(s) and how much they get"),
        (VerifyingQuestion.PayDayAndBank, "What day they get paid from us, and who they bank with"),
        (VerifyingQuestion.CurrentAndPreviousAddress, "What their current address is, and their previous address"),
        (VerifyingQuestion.PartnerAndChildren, "Their partner's and children's details, if relevant"),
        (VerifyingQuestion.EmploymentOrContractedServices, "Previous employment or contracted services they're engaged with"),
        (VerifyingQuestion.LastAppointment, "When they last had an appointment with a/their Case Manager, and what it was about"),
        (VerifyingQuestion.IrdEmailOrPhone, "Their IRD number, email address, and phone number on file"),
    ];

    public static IEnumerable<VerifyingQuestion> Each(this VerifyingQuestion flags) =>
        All.Select(q => q.Question).Where(q => flags.HasFlag(q));

    public static string Wording(this VerifyingQuestion question) =>
        All.FirstOrDefault(q => q.Question == question).Wording ?? question.ToString();

    public static string DisplayName(this CallerKind kind) => kind switch
    {
        CallerKind.Client => "The client",
        CallerKind.Agent => "The client's agent",
        CallerKind.ThirdParty => "A third party",
    };

    public static string DisplayName(this CallVerification verification) => verification switch
    {
        CallVerification.NotVerified => "Not verified",
        CallVerification.Verified => "Verified",
        CallVerification.Failed => "Not verified (verification failed)",
    };

    public static string DisplayName(this CallDirection direction) => direction switch
    {
        CallDirection.Inbound => "Inbound",
        CallDirection.Outbound => "Outbound",
    };
}
