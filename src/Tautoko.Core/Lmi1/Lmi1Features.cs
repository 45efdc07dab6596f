using Tautoko.Core.Clients;

namespace Tautoko.Core.Lmi1;

/// <summary>
/// The LMI1 model's inputs for a client on a given day: age, benefit, obligations, time on benefit,
/// children and the status flags. The same function builds training examples from history and today's scores,
/// so the model sees at scoring time exactly what it learned from.
/// </summary>
public static class Lmi1Features
{
    public const int Count = 20;

    public static IReadOnlyList<string> Names { get; } =
    [
        "aged 18–24", "aged 25–34", "aged 50 or over",
        "Jobseeker Support – Work Ready", "Jobseeker Support – Health Condition or Disability", "Sole Parent Support", "Supported Living Payment",
        "full-time work obligations", "part-time work obligations", "work-preparation obligations",
        "on benefit under 3 months", "on benefit 3–12 months", "on benefit over 2 years", "time on benefit (log months)",
        "dependent children", "obligations failure or sanction", "emergency housing or homeless", "Low Trust", "needs face-to-face", "refugee quota",
    ];

    public static float[] For(int age, BenefitType benefit, WorkObligation obligation, int monthsOnBenefit, bool dependentChildren, ClientFlags flags)
    {
        var x = new float[Count];
        x[0] = age is >= 18 and <= 24 ? 1 : 0;
        x[1] = age is >= 25 and <= 34 ? 1 : 0;
        x[2] = age >= 50 ? 1 : 0;
        x[3] = benefit == BenefitType.JobseekerSupportWorkReady ? 1 : 0;
        x[4] = benefit == BenefitType.JobseekerSupportHealthConditionOrDisability ? 1 : 0;
        x[5] = benefit == BenefitType.SoleParentSupport ? 1 : 0;
        x[6] = benefit == BenefitType.SupportedLivingPayment ? 1 : 0;
        x[7] = obligation == WorkObligation.FullTime ? 1 : 0;
        x[8] = obligation == WorkObligation.PartTime ? 1 : 0;
        x[9] = obligation == WorkObligation.WorkPreparation ? 1 : 0;
        x[10] = monthsOnBenefit < 3 ? 1 : 0;
        x[11] = monthsOnBenefit is >= 3 and < 12 ? 1 : 0;
        x[12] = monthsOnBenefit >= 24 ? 1 : 0;
        x[13] = (float)Math.Log(1 + Math.Max(0, monthsOnBenefit));
        x[14] = dependentChildren ? 1 : 0;
        x[15] = flags.HasFlag(ClientFlags.ObligationsFailureOrSanction) ? 1 : 0;
        x[16] = flags.HasFlag(ClientFlags.EmergencyHousingOrHomeless) ? 1 : 0;
        x[17] = flags.HasFlag(ClientFlags.LowTrust) ? 1 : 0;
        x[18] = flags.HasFlag(ClientFlags.NeedsFaceToFace) ? 1 : 0;
        x[19] = flags.HasFlag(ClientFlags.RefugeeQuota) ? 1 : 0;
        return x;
    }

    /// <summary>
    /// The main factors behind a score: each feature's pull on the log-odds against the average example
    /// (weight × (value − mean)), the largest positive ones first.
    /// </summary>
    public static IReadOnlyList<(string Name, double Pull)> MainFactors(IReadOnlyList<float> features, IReadOnlyList<double> weights, IReadOnlyList<double> means, int take = 3) =>
        [.. Enumerable.Range(0, Count)
            .Select(i => (Name: Names[i], Pull: weights[i] * (features[i] - means[i])))
            .Where(f => f.Pull > 0.01)
            .OrderByDescending(f => f.Pull)
            .Take(take)];
}
