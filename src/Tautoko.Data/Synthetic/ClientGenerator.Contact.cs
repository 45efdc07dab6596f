using Tautoko.Core.Clients;

namespace Tautoko.Data.Synthetic;

internal sealed partial class ClientGenerator
{
    // Synthetic only: mobile numbers in New Zealand's formats, e-mail at the reserved example domains.
    private static readonly string[] MobilePrefixes = ["021", "022", "027"];
    private static readonly string[] EmailDomains = ["example.com", "example.co.nz"];

    private static void SetFlags(Random random, Draft draft)
    {
        var flags = ClientFlags.None;
        var onBenefit = draft.Benefit != BenefitType.None;
        if (onBenefit && random.Chance(0.02))
        {
            flags |= ClientFlags.Suspended;
        }

        if (draft.Obligation != WorkObligation.None && random.Chance(0.05))
        {
            flags |= ClientFlags.ObligationsFailureOrSanction;
        }

        if (draft.Benefit is BenefitType.JobseekerSupportWorkReady or BenefitType.JobseekerSupportHealthConditionOrDisability && random.Chance(0.012))
        {
            flags |= ClientFlags.VoluntaryUnemploymentOrRecompliance;
        }

        if (random.Chance(draft.Benefit == BenefitType.SoleParentSupport ? 0.05 : 0.03))
        {
            flags |= ClientFlags.EmergencyHousingOrHomeless;
        }

        if (random.Chance(draft.Female ? 0.002 : 0.008))
        {
            flags |= ClientFlags.HomeDetentionOrPostDetention;
        }

        if (random.Chance(draft.Group switch { NameGroup.MiddleEasternOrAfrican => 0.25, NameGroup.LatinAmerican => 0.1, _ => 0.0005 }))
        {
            flags |= ClientFlags.RefugeeQuota;
        }

        if (random.Chance(0.015))
        {
            flags |= ClientFlags.LowTrust;
        }

        if (random.Chance(0.003))
        {
            flags |= ClientFlags.TrespassedFromSites;
        }
        else if (random.Chance(0.03))
        {
            flags |= ClientFlags.NeedsFaceToFace;
        }

        draft.Flags = flags;
    }

    private static void SetContact(Random random, Draft draft, CentreInfo centre)
    {
        if (random.Chance(0.92))
        {
            draft.Phone = random.Chance(0.87) ? Mobile(random) : SyntheticRandom.Invariant($"0{StaffGenerator.AreaCode(centre.Site.Spec.RegionCode)} {random.Next(200, 999)} {random.Digits(4)}");
        }

        if (random.Chance(draft.Benefit switch { BenefitType.YouthPayment or BenefitType.StudentAllowance => 0.75, BenefitType.NewZealandSuperannuation => 0.3, _ => 0.55 }))
        {
            var first = SyntheticRandom.AsciiLetters(draft.FirstName);
            var last = SyntheticRandom.AsciiLetters(draft.LastName);
            var local = random.Chance(0.5) ? $"{first}.{last}" : SyntheticRandom.Invariant($"{first}{last}{random.Next(1, 100)}");
            draft.Email = $"{local}@{random.Pick(EmailDomains)}";
        }

        var flags = draft.Flags;
        if (flags.HasFlag(ClientFlags.NeedsFaceToFace))
        {
            draft.PreferredChannel = ContactChannel.FaceToFace;
        }
        else
        {
            var channel = random.Pick<ContactChannel>([
                (ContactChannel.Phone, 35), (ContactChannel.Text, 25), (ContactChannel.Email, 15), (ContactChannel.Portal, 14),
                (ContactChannel.FaceToFace, flags.HasFlag(ClientFlags.TrespassedFromSites) ? 0 : 8), (ContactChannel.Letter, 3)]);
            draft.PreferredChannel = channel switch
            {
                ContactChannel.Phone or ContactChannel.Text when draft.Phone is null => ContactChannel.Letter,
                ContactChannel.Email when draft.Email is null => ContactChannel.Letter,
                _ => channel,
            };
        }

        var spec = centre.Site.Spec;
        var suburb = spec.Suburb is not null && random.Chance(0.7) ? spec.Suburb : null;
        if (flags.HasFlag(ClientFlags.EmergencyHousingOrHomeless))
        {
            draft.Address = random.Chance(0.3) ? null : new PostalAddress(SyntheticRandom.Invariant($"Unit {random.Next(1, 30)}, {spec.Town} Motor Lodge"), suburb, spec.Town, spec.Postcode);
        }
        else if (random.Chance(0.08))
        {
            draft.Address = new PostalAddress(SyntheticRandom.Invariant($"{random.Next(10, 3000)} {random.Pick(NzStreets.RuralRoads)}, RD {random.Next(1, 10)}"), null, spec.Town, spec.Postcode);
        }
        else if (random.Chance(0.96))
        {
            var line = random.Chance(0.12)
                ? SyntheticRandom.Invariant($"Flat {random.Next(1, 12)}, {random.Next(1, 250)} {random.Pick(NzStreets.Names)}")
                : SyntheticRandom.Invariant($"{random.Next(1, 250)}{(random.Chance(0.05) ? "A" : string.Empty)} {random.Pick(NzStreets.Names)}");
            draft.Address = new PostalAddress(line, suburb, spec.Town, spec.Postcode);
        }
    }

    private static string Mobile(Random random) =>
        SyntheticRandom.Invariant($"{random.Pick(MobilePrefixes)} {random.Next(200, 999)} {random.Digits(4)}");
}
