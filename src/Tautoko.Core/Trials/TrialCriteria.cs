using System.Text.Json;
using System.Text.Json.Serialization;
using Tautoko.Core.Clients;

namespace Tautoko.Core.Trials;

/// <summary>One benefit and the work obligations that qualify with it (R-110: JS-WR with full-time obligations).</summary>
public sealed record BenefitObligation(BenefitType Benefit, IReadOnlyList<WorkObligation> Obligations);

/// <summary>An age group on the selection date, both ends included (R-112: 25–29 and 30–39).</summary>
public sealed record AgeGroup(int From, int To)
{
    public string Label => $"{From}–{To}";

    public bool Contains(int age) => age >= From && age <= To;
}

/// <summary>
/// A trial's eligibility criteria as data, so national office defines a trial without code (SPEC §10, seed 004 §3.1).
/// A client is eligible when every criterion holds on the selection date:
/// <list type="bullet">
/// <item>their main benefit and obligation on the selection date is one of <see cref="Benefits"/> (R-110);</item>
/// <item>they first entered the benefit system before <see cref="FirstEnteredBeforeAge"/> (R-111), when set;</item>
/// <item>their first benefit was not one of <see cref="FirstBenefitNotIn"/> (R-111);</item>
/// <item>their age on the selection date falls in one of <see cref="AgeGroups"/> (R-112), which are also the strata.</item>
/// </list>
/// </summary>
public sealed record TrialCriteria(
    IReadOnlyList<BenefitObligation> Benefits,
    int? FirstEnteredBeforeAge,
    IReadOnlyList<BenefitType> FirstBenefitNotIn,
    IReadOnlyList<AgeGroup> AgeGroups)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>
    /// The ICS-X criteria of seed 004 §3.1 (R-110, R-111, R-112): JS-WR with full-time obligations, or JS-HCD with
    /// work-preparation, part-time or full-time obligations; first entered the benefit system before age 20 and that
    /// first benefit was not Sickness Benefit or Supported Living Payment; aged 25–29 or 30–39 on the selection date.
    /// </summary>
    public static TrialCriteria IcsX { get; } = new(
        [
            new BenefitObligation(BenefitType.JobseekerSupportWorkReady, [WorkObligation.FullTime]),
            new BenefitObligation(BenefitType.JobseekerSupportHealthConditionOrDisability, [WorkObligation.WorkPreparation, WorkObligation.PartTime, WorkObligation.FullTime]),
        ],
        20,
        [BenefitType.SicknessBenefit, BenefitType.SupportedLivingPayment],
        [new AgeGroup(25, 29), new AgeGroup(30, 39)]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TrialCriteria FromJson(string json) =>
        JsonSerializer.Deserialize<TrialCriteria>(json, Json) ?? throw new JsonException("The trial's criteria are empty.");

    /// <summary>What is wrong with the criteria, field by field (empty when they can be used).</summary>
    public IReadOnlyDictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Benefits is null || Benefits.Count == 0 || Benefits.Any(b => b.Benefit == BenefitType.None || b.Obligations is null || b.Obligations.Count == 0))
        {
            problems["criteria.benefits"] = ["Name at least one main benefit, each with the work obligations that qualify."];
        }

        if (FirstEnteredBeforeAge is < 14 or > 70)
        {
            problems["criteria.firstEnteredBeforeAge"] = ["The age of first entry must be between 14 and 70."];
        }

        if (AgeGroups is null || AgeGroups.Count == 0)
        {
            problems["criteria.ageGroups"] = ["Name at least one age group on the selection date."];
        }
        else if (AgeGroups.Any(g => g.From < 16 || g.To > 70 || g.From > g.To))
        {
            problems["criteria.ageGroups"] = ["Each age group runs from an age of 16 or more to an age of 70 or less, the lower first."];
        }
        else if (AgeGroups.OrderBy(g => g.From).Zip(AgeGroups.OrderBy(g => g.From).Skip(1)).Any(p => p.Second.From <= p.First.To))
        {
            problems["criteria.ageGroups"] = ["Age groups must not overlap."];
        }

        return problems;
    }

    /// <summary>The criteria in words, for the trial's page.</summary>
    public IEnumerable<string> Describe()
    {
        yield return "Main benefit on the selection date: " + string.Join("; or ", Benefits.Select(b =>
            $"{b.Benefit.DisplayName()} with {string.Join(", ", b.Obligations.Select(o => o.DisplayName().ToLowerInvariant()))} obligations")) + " (R-110).";
        if (FirstEnteredBeforeAge is { } age)
        {
            yield return $"First entered the benefit system before age {age} (R-111).";
        }

        if (FirstBenefitNotIn.Count > 0)
        {
            yield return $"First benefit was not {string.Join(" or ", FirstBenefitNotIn.Select(b => b.DisplayName()))} (R-111).";
        }

        yield return $"Aged {string.Join(" or ", AgeGroups.Select(g => g.Label))} on the selection date (R-112).";
    }
}
