namespace Tautoko.Core.Assessments;

/// <summary>
/// The factors the Behavioural Evaluation Update Tool rates (004 §2.5: "how well the client is placed across different factors
/// (e.g. literacy, housing, transportation, work readiness, etc.)"); the others are the client needs of 004 §3.2, organised
/// there by Te Whare Tapa Whā (footnote 20), and numeracy beside literacy.
/// </summary>
public enum BeutFactor
{
    Literacy = 0,
    Numeracy = 1,
    Housing = 2,
    Transport = 3,
    PhysicalHealth = 4,
    MentalHealth = 5,
    SubstanceUse = 6,
    WhanauAndRelationships = 7,
    ConfidenceAndSelfEsteem = 8,
    WorkExperience = 9,
    JobSearchResources = 10,
    CriminalHistory = 11,
    WorkReadiness = 12,
}

/// <summary>The four dimensions of Te Whare Tapa Whā (004 §3.2 footnote 20, §5.4), and "other needs" beside them.</summary>
public enum WellbeingDomain
{
    TahaTinana = 0,
    TahaHinengaro = 1,
    TahaWhanau = 2,
    TahaWairua = 3,
    Other = 4,
}

public static class BeutFactors
{
    /// <summary>The lowest rating: very poorly placed.</summary>
    public const int MinRating = 1;

    /// <summary>The highest rating: well placed.</summary>
    public const int MaxRating = 5;

    public static IReadOnlyList<BeutFactor> All { get; } = Enum.GetValues<BeutFactor>();

    /// <summary>The API's name of a factor (camelCase).</summary>
    public static string Code(this BeutFactor factor)
    {
        var name = factor.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static BeutFactor? Parse(string? code) =>
        All.Cast<BeutFactor?>().FirstOrDefault(f => string.Equals(f!.Value.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string DisplayName(this BeutFactor factor) => factor switch
    {
        BeutFactor.Literacy => "Literacy (reading and writing)",
        BeutFactor.Numeracy => "Numeracy",
        BeutFactor.Housing => "Housing",
        BeutFactor.Transport => "Transport",
        BeutFactor.PhysicalHealth => "Physical health",
        BeutFactor.MentalHealth => "Mental health",
        BeutFactor.SubstanceUse => "Substance use and addiction",
        BeutFactor.WhanauAndRelationships => "Whānau and relationships",
        BeutFactor.ConfidenceAndSelfEsteem => "Confidence and self-esteem",
        BeutFactor.WorkExperience => "Work experience",
        BeutFactor.JobSearchResources => "Access to job search resources",
        BeutFactor.CriminalHistory => "Criminal history",
        BeutFactor.WorkReadiness => "Work readiness",
    };

    /// <summary>Where 004 §3.2 places the need in Te Whare Tapa Whā.</summary>
    public static WellbeingDomain Domain(this BeutFactor factor) => factor switch
    {
        BeutFactor.PhysicalHealth or BeutFactor.Housing => WellbeingDomain.TahaTinana,
        BeutFactor.MentalHealth or BeutFactor.SubstanceUse => WellbeingDomain.TahaHinengaro,
        BeutFactor.WhanauAndRelationships => WellbeingDomain.TahaWhanau,
        BeutFactor.ConfidenceAndSelfEsteem => WellbeingDomain.TahaWairua,
        _ => WellbeingDomain.Other,
    };

    public static string DisplayName(this WellbeingDomain domain) => domain switch
    {
        WellbeingDomain.TahaTinana => "Taha tinana",
        WellbeingDomain.TahaHinengaro => "Taha hinengaro",
        WellbeingDomain.TahaWhanau => "Taha whānau",
        WellbeingDomain.TahaWairua => "Taha wairua",
        WellbeingDomain.Other => "Other needs",
    };

    public static string Code(this WellbeingDomain domain)
    {
        var name = domain.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static WellbeingDomain? ParseDomain(string? code) =>
        Enum.GetValues<WellbeingDomain>().Cast<WellbeingDomain?>().FirstOrDefault(d => string.Equals(d!.Value.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
