namespace Tautoko.Core.Hardship;

/// <summary>R-091: the sixteen reasons for declining a hardship application (seed 000, Table One), in the seed's order.</summary>
public enum DeclineReason
{
    AlreadyReceivedHelpForSameNeed = 0,
    CashAssetsOrIncomeExceedLimit = 1,
    CircumstancesCouldHaveBeenForeseen = 2,
    FuneralUnveilingOrKohaMetByClient = 3,
    DidNotParticipateInBudgeting = 4,
    DoesNotMeetRuralSectorCriteria = 5,
    LackOfRepresentation = 6,
    MoreThanOnePersonAppliedForSameExpense = 7,
    NeedCanBeMetInAnotherWay = 8,
    NotAQualifyingNeed = 9,
    NotAnEconomicPurchase = 10,
    NotAnEmergencySituation = 11,
    NotAnEssentialNeed = 12,
    OutstandingBalanceExceedsSixWeekLimit = 13,
    SufficientFinancialResource = 14,
    Other = 15,
}

/// <summary>R-090: the supplementary assistance categories of seed 000, Table Seven's note (37), in the seed's order.</summary>
public enum SupplementaryAssistanceCategory
{
    AdvancePayments = 0,
    AwayFromHomeAllowance = 1,
    CareSupplement = 2,
    ChildDisabilityAllowance = 3,
    ChildcareSubsidy = 4,
    CommunityServicesCard = 5,
    CommunityServicesCardReimbursement = 6,
    Covid19EmergencyBenefit = 7,
    Covid19IncomeReliefPaymentProgramme = 8,
    Covid19StrandedOverseasSupportProgramme = 9,
    DisabilityAllowance = 10,
    Ewrap = 11,
    EwrapAdditionalCosts = 12,
    EwrapEducationAndTraining = 13,
    EwrapExtraSpecialistAssistance = 14,
    EwrapJobSearchAssistance = 15,
    EwrapSelfEmployment = 16,
    EwrapTransitionIntoEmployment = 17,
    EwrapWageSubsidies = 18,
    FuneralGrant = 19,
    Homehelp = 20,
    Housing = 21,
    HousingSupportProducts = 22,
    LivingAlonePayment = 23,
    OscarSubsidy = 24,
    Other = 25,
    RecoverableAssistancePayment = 26,
    ResidentialCareSubsidy = 27,
    ResidentialSupportServices = 28,
    SeasonalWorkAssistance = 29,
    SpecialBenefit = 30,
    SpecialNeedsGrant = 31,
    TemporaryAdditionalSupport = 32,
    TrainingIncentiveAllowance = 33,
    TransitionToWorkPayment = 34,
    WinterEnergyPayment = 35,
    WorkStartGrant = 36,
}

/// <summary>R-092: the seven outcomes of a review of decision (seed 000, Table Seven), in the seed's order.</summary>
public enum ReviewOutcome
{
    WithdrawnPriorToBrc = 0,
    OverturnedAtInternalReview = 1,
    DeclinedAtOutOfTimeStage = 2,
    UpheldAtBrc = 3,
    PartiallyUpheldAtBrc = 4,
    OverturnedAtBrc = 5,
    NotWithinBrcJurisdiction = 6,
}

/// <summary>The seed's words for each list (compared with the seed text in the tests) and the plain words shown to people.</summary>
public static class HardshipLists
{
    /// <summary>Table One's row labels, word for word.</summary>
    public static string SeedText(this DeclineReason reason) => reason switch
    {
        DeclineReason.AlreadyReceivedHelpForSameNeed => "Already received help for same/similar need in the past",
        DeclineReason.CashAssetsOrIncomeExceedLimit => "Cash assets/income exceed limit",
        DeclineReason.CircumstancesCouldHaveBeenForeseen => "Circumstances could have been reasonably foreseen",
        DeclineReason.FuneralUnveilingOrKohaMetByClient => "Cost of funeral – unveiling or koha must be met by client",
        DeclineReason.DidNotParticipateInBudgeting => "Did not participate in budgeting",
        DeclineReason.DoesNotMeetRuralSectorCriteria => "Does not meet all the criteria (rural sector)",
        DeclineReason.LackOfRepresentation => "Lack of representation",
        DeclineReason.MoreThanOnePersonAppliedForSameExpense => "More than one person applied to meet the same expense",
        DeclineReason.NeedCanBeMetInAnotherWay => "Need can be met in another way",
        DeclineReason.NotAQualifyingNeed => "Not a qualifying need",
        DeclineReason.NotAnEconomicPurchase => "Not an economic purchase",
        DeclineReason.NotAnEmergencySituation => "Not an emergency situation",
        DeclineReason.NotAnEssentialNeed => "Not an essential need",
        DeclineReason.OutstandingBalanceExceedsSixWeekLimit => "Outstanding balance exceeds 6-week limit",
        DeclineReason.SufficientFinancialResource => "Sufficient financial resource",
        DeclineReason.Other => "Other",
    };

    public static string DisplayName(this DeclineReason reason) => reason.SeedText();

    /// <summary>The reason in plain words, as the client is told it.</summary>
    public static string PlainWords(this DeclineReason reason) => reason switch
    {
        DeclineReason.AlreadyReceivedHelpForSameNeed => "you have already had help for the same or a similar need",
        DeclineReason.CashAssetsOrIncomeExceedLimit => "your cash assets or income are over the limit for this help",
        DeclineReason.CircumstancesCouldHaveBeenForeseen => "the cost could reasonably have been planned for",
        DeclineReason.FuneralUnveilingOrKohaMetByClient => "the cost of an unveiling or koha is not covered and must be met by you",
        DeclineReason.DidNotParticipateInBudgeting => "the budgeting support asked of you did not take place",
        DeclineReason.DoesNotMeetRuralSectorCriteria => "not all the criteria for rural sector assistance are met",
        DeclineReason.LackOfRepresentation => "we could not hear from you, or someone acting for you, to complete the application",
        DeclineReason.MoreThanOnePersonAppliedForSameExpense => "someone else has applied for help with the same cost",
        DeclineReason.NeedCanBeMetInAnotherWay => "the need can be met in another way",
        DeclineReason.NotAQualifyingNeed => "this need is not one this help can pay for",
        DeclineReason.NotAnEconomicPurchase => "the item asked for is not an economic purchase",
        DeclineReason.NotAnEmergencySituation => "the situation is not an emergency",
        DeclineReason.NotAnEssentialNeed => "the item or service is not an essential need",
        DeclineReason.OutstandingBalanceExceedsSixWeekLimit => "what you still owe is more than the six-week limit",
        DeclineReason.SufficientFinancialResource => "you have enough money of your own to meet the cost",
        DeclineReason.Other => "of the reason given in the note below",
    };

    /// <summary>The household item groups of Tables Two to Five, as the tables head their columns.</summary>
    public static string? SeedText(this HardshipNeed need) => need switch
    {
        HardshipNeed.BedsTablesOrChairs => "Beds, Tables, Chairs",
        HardshipNeed.OtherAppliances => "Other Appliances",
        HardshipNeed.OtherFurniture => "Other Furniture",
        HardshipNeed.WashingMachineOrFridge => "Washing Machines, Fridge",
        HardshipNeed.Food or HardshipNeed.Other => null,
    };

    public static IReadOnlyList<HardshipNeed> HouseholdItemGroups { get; } =
        [HardshipNeed.BedsTablesOrChairs, HardshipNeed.OtherAppliances, HardshipNeed.OtherFurniture, HardshipNeed.WashingMachineOrFridge];

    /// <summary>
    /// The ten decline reasons Tables Two to Five show for essential household items (the other six are counted in Other there).
    /// </summary>
    public static IReadOnlyList<DeclineReason> HouseholdItemDeclineReasons { get; } =
    [
        DeclineReason.AlreadyReceivedHelpForSameNeed, DeclineReason.CashAssetsOrIncomeExceedLimit, DeclineReason.CircumstancesCouldHaveBeenForeseen,
        DeclineReason.NeedCanBeMetInAnotherWay, DeclineReason.NotAQualifyingNeed, DeclineReason.NotAnEconomicPurchase, DeclineReason.NotAnEmergencySituation,
        DeclineReason.NotAnEssentialNeed, DeclineReason.OutstandingBalanceExceedsSixWeekLimit, DeclineReason.Other,
    ];

    /// <summary>Table One's 2020 column (food declines), the proportions synthetic data follows.</summary>
    public static IReadOnlyDictionary<DeclineReason, int> FoodDeclines2020 { get; } = new Dictionary<DeclineReason, int>
    {
        [DeclineReason.AlreadyReceivedHelpForSameNeed] = 11_841,
        [DeclineReason.CashAssetsOrIncomeExceedLimit] = 5_355,
        [DeclineReason.CircumstancesCouldHaveBeenForeseen] = 10_737,
        [DeclineReason.FuneralUnveilingOrKohaMetByClient] = 177,
        [DeclineReason.DidNotParticipateInBudgeting] = 834,
        [DeclineReason.DoesNotMeetRuralSectorCriteria] = 195,
        [DeclineReason.LackOfRepresentation] = 3_525,
        [DeclineReason.MoreThanOnePersonAppliedForSameExpense] = 54,
        [DeclineReason.NeedCanBeMetInAnotherWay] = 12_510,
        [DeclineReason.NotAQualifyingNeed] = 7_035,
        [DeclineReason.NotAnEconomicPurchase] = 321,
        [DeclineReason.NotAnEmergencySituation] = 3_063,
        [DeclineReason.NotAnEssentialNeed] = 1_593,
        [DeclineReason.OutstandingBalanceExceedsSixWeekLimit] = 600,
        [DeclineReason.SufficientFinancialResource] = 1_131,
        [DeclineReason.Other] = 5_820,
    };

    /// <summary>Tables Two to Five, 2020's total column (household item declines), the proportions synthetic data follows there.</summary>
    public static IReadOnlyDictionary<DeclineReason, int> HouseholdItemDeclines2020 { get; } = new Dictionary<DeclineReason, int>
    {
        [DeclineReason.AlreadyReceivedHelpForSameNeed] = 1_533,
        [DeclineReason.CashAssetsOrIncomeExceedLimit] = 609,
        [DeclineReason.CircumstancesCouldHaveBeenForeseen] = 222,
        [DeclineReason.NeedCanBeMetInAnotherWay] = 1_791,
        [DeclineReason.NotAQualifyingNeed] = 942,
        [DeclineReason.NotAnEconomicPurchase] = 762,
        [DeclineReason.NotAnEmergencySituation] = 348,
        [DeclineReason.NotAnEssentialNeed] = 927,
        [DeclineReason.OutstandingBalanceExceedsSixWeekLimit] = 234,
        [DeclineReason.Other] = 1_149,
    };

    /// <summary>Table Seven's total column, the proportions synthetic reviews follow.</summary>
    public static IReadOnlyDictionary<ReviewOutcome, int> ReviewOutcomeTotals { get; } = new Dictionary<ReviewOutcome, int>
    {
        [ReviewOutcome.WithdrawnPriorToBrc] = 2_203,
        [ReviewOutcome.OverturnedAtInternalReview] = 1_468,
        [ReviewOutcome.DeclinedAtOutOfTimeStage] = 20,
        [ReviewOutcome.UpheldAtBrc] = 1_231,
        [ReviewOutcome.PartiallyUpheldAtBrc] = 44,
        [ReviewOutcome.OverturnedAtBrc] = 142,
        [ReviewOutcome.NotWithinBrcJurisdiction] = 10,
    };

    /// <summary>Table Seven's note, word for word.</summary>
    public static string SeedText(this SupplementaryAssistanceCategory category) => category switch
    {
        SupplementaryAssistanceCategory.AdvancePayments => "Advance Payments",
        SupplementaryAssistanceCategory.AwayFromHomeAllowance => "Away From Home Allowance",
        SupplementaryAssistanceCategory.CareSupplement => "Care Supplement",
        SupplementaryAssistanceCategory.ChildDisabilityAllowance => "Child Disability Allowance",
        SupplementaryAssistanceCategory.ChildcareSubsidy => "Childcare Subsidy",
        SupplementaryAssistanceCategory.CommunityServicesCard => "Community Services Card",
        SupplementaryAssistanceCategory.CommunityServicesCardReimbursement => "Community Services Card Reimbursement",
        SupplementaryAssistanceCategory.Covid19EmergencyBenefit => "COVID-19 Emergency Benefit",
        SupplementaryAssistanceCategory.Covid19IncomeReliefPaymentProgramme => "COVID-19 Income Relief Payment Programme",
        SupplementaryAssistanceCategory.Covid19StrandedOverseasSupportProgramme => "COVID-19 New Zealanders Stranded Overseas Support Programme",
        SupplementaryAssistanceCategory.DisabilityAllowance => "Disability Allowance",
        SupplementaryAssistanceCategory.Ewrap => "Employment and Work Readiness Assistance Programme (EWRAP)",
        SupplementaryAssistanceCategory.EwrapAdditionalCosts => "EWRAP - additional costs - employment study employment related training",
        SupplementaryAssistanceCategory.EwrapEducationAndTraining => "EWRAP - education and employment-related training",
        SupplementaryAssistanceCategory.EwrapExtraSpecialistAssistance => "EWRAP - extra / specialist assistance people with sickness Injury or disability",
        SupplementaryAssistanceCategory.EwrapJobSearchAssistance => "EWRAP - job search assistance employment placement in-work support services",
        SupplementaryAssistanceCategory.EwrapSelfEmployment => "EWRAP - self-employment",
        SupplementaryAssistanceCategory.EwrapTransitionIntoEmployment => "EWRAP - transition into employment",
        SupplementaryAssistanceCategory.EwrapWageSubsidies => "EWRAP - wage subsidies",
        SupplementaryAssistanceCategory.FuneralGrant => "Funeral Grant",
        SupplementaryAssistanceCategory.Homehelp => "Homehelp",
        SupplementaryAssistanceCategory.Housing => "Housing",
        SupplementaryAssistanceCategory.HousingSupportProducts => "Housing - Support Products",
        SupplementaryAssistanceCategory.LivingAlonePayment => "Living Alone Payment",
        SupplementaryAssistanceCategory.OscarSubsidy => "Oscar Subsidy",
        SupplementaryAssistanceCategory.Other => "Other",
        SupplementaryAssistanceCategory.RecoverableAssistancePayment => "Recoverable Assistance Payment",
        SupplementaryAssistanceCategory.ResidentialCareSubsidy => "Residential Care Subsidy",
        SupplementaryAssistanceCategory.ResidentialSupportServices => "Residential Support Services",
        SupplementaryAssistanceCategory.SeasonalWorkAssistance => "Seasonal Work Assistance",
        SupplementaryAssistanceCategory.SpecialBenefit => "Special Benefit",
        SupplementaryAssistanceCategory.SpecialNeedsGrant => "Special Needs Grant",
        SupplementaryAssistanceCategory.TemporaryAdditionalSupport => "Temporary Additional Support",
        SupplementaryAssistanceCategory.TrainingIncentiveAllowance => "Training Incentive Allowance",
        SupplementaryAssistanceCategory.TransitionToWorkPayment => "Transition to work payment",
        SupplementaryAssistanceCategory.WinterEnergyPayment => "Winter Energy Payment",
        SupplementaryAssistanceCategory.WorkStartGrant => "Work Start Grant",
    };

    public static string DisplayName(this SupplementaryAssistanceCategory category) => category.SeedText();

    /// <summary>Table Seven's row labels, word for word (the seed spells "Overtured").</summary>
    public static string SeedText(this ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.WithdrawnPriorToBrc => "Withdrawn prior to Benefit Review Committee",
        ReviewOutcome.OverturnedAtInternalReview => "Overtured at internal review",
        ReviewOutcome.DeclinedAtOutOfTimeStage => "Declined at Out of Time (OOT) stage",
        ReviewOutcome.UpheldAtBrc => "Upheld at BRC",
        ReviewOutcome.PartiallyUpheldAtBrc => "Partially Upheld at Benefit Review Committee",
        ReviewOutcome.OverturnedAtBrc => "Overtured at Benefit Review Committee",
        ReviewOutcome.NotWithinBrcJurisdiction => "Not within Benefit Review Committee Jurisdiction",
    };

    /// <summary>The outcome as people read it (SPEC §8's spelling).</summary>
    public static string DisplayName(this ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.WithdrawnPriorToBrc => "Withdrawn prior to Benefit Review Committee",
        ReviewOutcome.OverturnedAtInternalReview => "Overturned at internal review",
        ReviewOutcome.DeclinedAtOutOfTimeStage => "Declined at Out of Time stage",
        ReviewOutcome.UpheldAtBrc => "Upheld at BRC",
        ReviewOutcome.PartiallyUpheldAtBrc => "Partially upheld at BRC",
        ReviewOutcome.OverturnedAtBrc => "Overturned at BRC",
        ReviewOutcome.NotWithinBrcJurisdiction => "Not within BRC jurisdiction",
    };

    /// <summary>Outcomes that end the review at the internal stage; the others are the Benefit Review Committee's.</summary>
    public static bool IsInternalStage(this ReviewOutcome outcome) =>
        outcome is ReviewOutcome.WithdrawnPriorToBrc or ReviewOutcome.OverturnedAtInternalReview or ReviewOutcome.DeclinedAtOutOfTimeStage;

    /// <summary>An overturned or partly upheld decline becomes a grant.</summary>
    public static bool Grants(this ReviewOutcome outcome) =>
        outcome is ReviewOutcome.OverturnedAtInternalReview or ReviewOutcome.OverturnedAtBrc or ReviewOutcome.PartiallyUpheldAtBrc;
}
