namespace Tautoko.Core.Calls;

/// <summary>
/// The Ministry business units the contact centres answer for (seed 003 Appendix One counts calls "across Ministry Business
/// Units"; the seed does not list them, so these are the Ministry's public service lines).
/// </summary>
public enum BusinessUnit
{
    WorkAndIncome = 0,
    SeniorServices = 1,
    StudyLink = 2,
    IntegrityAndDebt = 3,
    EmployerServices = 4,
}

/// <summary>
/// The catalogue of telephony queues and the business unit each belongs to. A queue not in it is a line error on import
/// (nothing is counted under a unit it may not belong to): add the queue here, with its unit, before importing its calls.
/// </summary>
public static class CallQueueCatalogue
{
    /// <summary>Queue name (compared without regard to case) → business unit.</summary>
    public static IReadOnlyList<(string Queue, BusinessUnit Unit, string Description)> Queues { get; } =
    [
        ("WI-GENERAL", BusinessUnit.WorkAndIncome, "Work and Income general enquiries (0800 559 009)"),
        ("WI-HARDSHIP", BusinessUnit.WorkAndIncome, "Work and Income hardship assistance"),
        ("WI-HOUSING", BusinessUnit.WorkAndIncome, "Work and Income housing and emergency housing"),
        ("WI-EMPLOYMENT", BusinessUnit.WorkAndIncome, "Work and Income employment and jobseeker support"),
        ("SENIORS-NZSUPER", BusinessUnit.SeniorServices, "Senior Services: NZ Superannuation and Veteran's Pension"),
        ("SENIORS-INTERNATIONAL", BusinessUnit.SeniorServices, "Senior Services: international pensions"),
        ("STUDYLINK-ALLOWANCE", BusinessUnit.StudyLink, "StudyLink student allowance"),
        ("STUDYLINK-LOAN", BusinessUnit.StudyLink, "StudyLink student loan"),
        ("DEBT-COLLECTION", BusinessUnit.IntegrityAndDebt, "Integrity and Debt: debt repayments"),
        ("EMPLOYER-LINE", BusinessUnit.EmployerServices, "Employer services: vacancies and wage subsidies"),
    ];

    public static BusinessUnit? UnitOf(string queue)
    {
        foreach (var q in Queues)
        {
            if (string.Equals(q.Queue, queue.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return q.Unit;
            }
        }

        return null;
    }

    public static string DisplayName(this BusinessUnit unit) => unit switch
    {
        BusinessUnit.WorkAndIncome => "Work and Income",
        BusinessUnit.SeniorServices => "Senior Services (NZ Super)",
        BusinessUnit.StudyLink => "StudyLink",
        BusinessUnit.IntegrityAndDebt => "Integrity and Debt",
        BusinessUnit.EmployerServices => "Employer services",
        _ => unit.ToString(),
    };
}
