namespace Tautoko.Core.Clients;

// GLOSSARY: JS-WR / JS-HCD / SPS / SLP and the other main benefits.
public enum BenefitType
{
    None = 0,
    JobseekerSupportWorkReady = 1,
    JobseekerSupportHealthConditionOrDisability = 2,
    SoleParentSupport = 3,
    SupportedLivingPayment = 4,
    NewZealandSuperannuation = 5,
    YouthPayment = 6,
    YoungParentPayment = 7,
    EmergencyBenefit = 8,
    SupplementaryOnly = 9,
    SicknessBenefit = 10,
    StudentAllowance = 11,
}

// 002: work obligations full-time, part-time, work preparation, none.
public enum WorkObligation
{
    None = 0,
    FullTime = 1,
    PartTime = 2,
    WorkPreparation = 3,
}

public enum ContactChannel
{
    Phone = 0,
    Text = 1,
    Email = 2,
    Letter = 3,
    FaceToFace = 4,
    Portal = 5,
}

public static class BenefitNames
{
    public static string DisplayName(this BenefitType type) => type switch
    {
        BenefitType.None => "No main benefit",
        BenefitType.JobseekerSupportWorkReady => "Jobseeker Support – Work Ready",
        BenefitType.JobseekerSupportHealthConditionOrDisability => "Jobseeker Support – Health Condition or Disability",
        BenefitType.SoleParentSupport => "Sole Parent Support",
        BenefitType.SupportedLivingPayment => "Supported Living Payment",
        BenefitType.NewZealandSuperannuation => "NZ Superannuation",
        BenefitType.YouthPayment => "Youth Payment",
        BenefitType.YoungParentPayment => "Young Parent Payment",
        BenefitType.EmergencyBenefit => "Emergency Benefit",
        BenefitType.SupplementaryOnly => "Supplementary assistance only",
        BenefitType.SicknessBenefit => "Sickness Benefit",
        BenefitType.StudentAllowance => "Student Allowance",
    };

    public static string ShortName(this BenefitType type) => type switch
    {
        BenefitType.None => "—",
        BenefitType.JobseekerSupportWorkReady => "JS-WR",
        BenefitType.JobseekerSupportHealthConditionOrDisability => "JS-HCD",
        BenefitType.SoleParentSupport => "SPS",
        BenefitType.SupportedLivingPayment => "SLP",
        BenefitType.NewZealandSuperannuation => "NZS",
        BenefitType.YouthPayment => "YP",
        BenefitType.YoungParentPayment => "YPP",
        BenefitType.EmergencyBenefit => "EB",
        BenefitType.SupplementaryOnly => "Supp",
        BenefitType.SicknessBenefit => "SB",
        BenefitType.StudentAllowance => "SA",
    };

    public static string DisplayName(this WorkObligation obligation) => obligation switch
    {
        WorkObligation.None => "None",
        WorkObligation.FullTime => "Full-time",
        WorkObligation.PartTime => "Part-time",
        WorkObligation.WorkPreparation => "Work preparation",
    };

    public static string DisplayName(this ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "Phone",
        ContactChannel.Text => "Text",
        ContactChannel.Email => "E-mail",
        ContactChannel.Letter => "Letter",
        ContactChannel.FaceToFace => "Face-to-face",
        ContactChannel.Portal => "MyMSD portal",
    };
}
