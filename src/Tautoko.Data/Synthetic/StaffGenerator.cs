using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>Staff for every site: roles and variants, FTE, gender (000, Table Six), buddies and leave.</summary>
internal static class StaffGenerator
{
    // 000, Table Six (31 May 2021): case managers 2,026 female, 543 male, 9 other; CSRs 862, 369, 7.
    private static readonly (Gender, double)[] CaseManagerGenders = [(Gender.Female, 2026), (Gender.Male, 543), (Gender.AnotherGender, 5), (Gender.Undeclared, 4)];
    private static readonly (Gender, double)[] ContactCentreGenders = [(Gender.Female, 862), (Gender.Male, 369), (Gender.AnotherGender, 4), (Gender.Undeclared, 3)];
    private static readonly (Gender, double)[] OtherGenders = [(Gender.Female, 62), (Gender.Male, 37), (Gender.AnotherGender, 0.5), (Gender.Undeclared, 0.5)];

    private static readonly (Position, double)[] SiteCaseManagerMix =
    [
        (new(StaffRole.CaseManager, CaseManagerVariant.General), 48),
        (new(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace), 20),
        (new(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentReserve), 3),
        (new(StaffRole.CaseManager, CaseManagerVariant.Housing), 7),
        (new(StaffRole.CaseManager, CaseManagerVariant.IntegratedServices), 9),
        (new(StaffRole.CaseManager, CaseManagerVariant.RemoteClientServices), 2),
        (new(StaffRole.CaseManager, CaseManagerVariant.ResidentialSubsidy), 2),
        (new(StaffRole.CaseManager, CaseManagerVariant.Seniors), 9),
    ];

    // The first service centre (Masterton in every profile) has one of each case manager kind, so demos can show them all.
    private static readonly Position[] FirstCentreCaseManagers =
    [
        new(StaffRole.CaseManager, CaseManagerVariant.General),
        new(StaffRole.CaseManager, CaseManagerVariant.RemoteClientServices),
        new(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentFaceToFace),
        new(StaffRole.CaseManager, CaseManagerVariant.Housing),
        new(StaffRole.CaseManager, CaseManagerVariant.IntegratedServices),
        new(StaffRole.CaseManager, CaseManagerVariant.Seniors),
        new(StaffRole.CaseManager, CaseManagerVariant.ResidentialSubsidy),
        new(StaffRole.EmploymentCaseManager, CaseManagerVariant.EmploymentReserve),
    ];

    private static readonly (StaffRole, double)[] ContactCentreMix =
    [
        (StaffRole.CustomerServiceRepresentative, 85), (StaffRole.ContactCentreOfficer, 10), (StaffRole.StudyLinkOfficer, 5),
    ];

    private static readonly string[] PlannedLeaveNotes = ["Annual leave", "Annual leave – school holidays", "Training: te reo Māori course", "Regional hui", "Long service leave"];
    private static readonly string[] UnplannedLeaveNotes = ["Sick leave", "Bereavement leave (tangihanga)", "Caring for a sick child", "Unplanned absence"];

    public static List<StaffMember> Generate(SyntheticProfile profile, int seed, DateOnly today, List<SyntheticSite> sites, long baseMs)
    {
        var plans = Plan(profile, seed, sites);
        ForceGender(plans, Gender.AnotherGender, 2);
        ForceGender(plans, Gender.Undeclared, 4);

        var staff = new List<StaffMember>(plans.Count);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < plans.Count; ordinal++)
        {
            var plan = plans[ordinal];
            var random = SyntheticRandom.For(seed, SyntheticRandom.Stream.Staff, ordinal);
            var site = sites[plan.SiteIndex];
            var pool = NzNames.Pool(random.Pick(NzNames.StaffMix));
            var female = plan.Gender switch
            {
                Gender.Female => true,
                Gender.Male => false,
                Gender.AnotherGender or Gender.Undeclared => random.Chance(0.5),
            };
            var first = random.Pick(female ? pool.Female : pool.Male);
            var last = random.Pick(pool.Surnames);
            var local = $"{SyntheticRandom.AsciiLetters(first)}.{SyntheticRandom.AsciiLetters(last)}";
            var email = $"{local}@example.co.nz";
            for (var n = 2; !emails.Add(email); n++)
            {
                email = SyntheticRandom.Invariant($"{local}{n}@example.co.nz");
            }

            var fte = plan.Role.Role is StaffRole.ServiceCentreManager || random.Chance(0.85) ? 1.0m : random.Pick([0.5m, 0.6m, 0.7m, 0.8m]);
            var member = new StaffMember(
                new StaffId(SyntheticRandom.OrderedGuid(random, baseMs, 10_000 + ordinal)),
                SyntheticRandom.Invariant($"S{100_001 + ordinal}"),
                first,
                last,
                email,
                plan.Role.Role,
                plan.Role.Variant,
                site.Site.Id,
                fte,
                plan.Gender)
            {
                Phone = SyntheticRandom.Invariant($"0{AreaCode(site.Spec.RegionCode)} {random.Next(200, 999)} {random.Digits(4)}"),
            };

            AddLeave(member, random, today, baseMs, ordinal);
            staff.Add(member);
            site.Add(member);
        }

        AssignBuddies(sites);
        ForceLeaveForDemo(sites, seed, today, baseMs);
        return staff;
    }

    private static List<StaffPlan> Plan(SyntheticProfile profile, int seed, List<SyntheticSite> sites)
    {
        var random = SyntheticRandom.For(seed, SyntheticRandom.Stream.Organisation, 1);
        var plans = new List<StaffPlan>();
        var centres = sites.Where(s => s.Site.Kind == SiteKind.ServiceCentre).ToList();
        var units = sites.Where(s => s.Site.Kind == SiteKind.PhoneBasedCaseManagementUnit).ToList();
        var contactCentres = sites.Where(s => s.Site.Kind == SiteKind.ContactCentre).ToList();
        var centralised = sites.Where(s => s.Site.Kind == SiteKind.CentralisedServices).ToList();
        var nationalOffice = sites.Single(s => s.Site.Kind == SiteKind.NationalOffice);

        void Add(SyntheticSite site, Position role, (Gender, double)[] genders) =>
            plans.Add(new StaffPlan(site.Index, role, random.Pick(genders)));

        var phonePerUnit = Math.Max(2, (int)Math.Round(profile.CaseManagers * 0.02));

        // 004: ICS-X had 25 ICSMs at 22 sites.
        var icsms = Math.Max(1, (int)Math.Round(profile.CaseManagers * 25.0 / 2578.0));
        var icsSites = Math.Clamp((int)Math.Round(icsms * 22.0 / 25.0), 1, centres.Count);
        var siteCaseManagers = Math.Max(0, profile.CaseManagers - (phonePerUnit * units.Count) - icsms);
        var perCentre = Allocate(siteCaseManagers, centres.Select(c => (double)c.Spec.Weight).ToList(), i => i == 0 ? FirstCentreCaseManagers.Length : 2);
        var icsCentres = centres.Take(1).Concat(centres.Skip(1).OrderByDescending(c => c.Spec.Weight).ThenBy(c => c.Index)).Take(icsSites).ToList();

        foreach (var centre in centres)
        {
            Add(centre, new(StaffRole.ServiceCentreManager, CaseManagerVariant.None), OtherGenders);
            var count = perCentre[centres.IndexOf(centre)];
            for (var i = 0; i < count; i++)
            {
                var role = centre == centres[0] && i < FirstCentreCaseManagers.Length ? FirstCentreCaseManagers[i] : random.Pick(SiteCaseManagerMix);
                Add(centre, role, CaseManagerGenders);
            }

            var icsHere = icsCentres.IndexOf(centre) is var k and >= 0 ? (icsms / icsSites) + (k < icsms % icsSites ? 1 : 0) : 0;
            for (var i = 0; i < icsHere; i++)
            {
                Add(centre, new(StaffRole.IntensiveClientSupportManager, CaseManagerVariant.None), CaseManagerGenders);
            }

            // 004: a Navigator (contracted NGO) works alongside the ICSMs at an ICS site.
            for (var i = 0; i < (icsHere + 1) / 2; i++)
            {
                Add(centre, new(StaffRole.Navigator, CaseManagerVariant.None), OtherGenders);
            }

            var extra = centre.Spec.Weight >= 3 ? 2 : 1;
            for (var i = 0; i < extra; i++)
            {
                Add(centre, new(StaffRole.Connector, CaseManagerVariant.None), CaseManagerGenders);
                Add(centre, new(StaffRole.EmploymentSupportRepresentative, CaseManagerVariant.None), OtherGenders);
            }
        }

        foreach (var unit in units)
        {
            Add(unit, new(StaffRole.ServiceCentreManager, CaseManagerVariant.None), OtherGenders);
            for (var i = 0; i < phonePerUnit; i++)
            {
                Add(unit, new(StaffRole.EmploymentCaseManager, CaseManagerVariant.PhoneBased), CaseManagerGenders);
            }
        }

        var perContactCentre = Allocate(profile.ContactCentreStaff, contactCentres.Select(_ => 1.0).ToList(), i => i == 0 ? 3 : 1);
        foreach (var centre in contactCentres)
        {
            Add(centre, new(StaffRole.ServiceCentreManager, CaseManagerVariant.None), OtherGenders);
            var count = perContactCentre[contactCentres.IndexOf(centre)];
            for (var i = 0; i < count; i++)
            {
                var role = centre == contactCentres[0] && i < 3
                    ? new[] { StaffRole.CustomerServiceRepresentative, StaffRole.ContactCentreOfficer, StaffRole.StudyLinkOfficer }[i]
                    : random.Pick(ContactCentreMix);
                Add(centre, new(role, CaseManagerVariant.None), ContactCentreGenders);
            }
        }

        // 001: the National Quality Team checks processed actions independently.
        var checkers = Math.Max(1, (int)Math.Round(profile.CaseManagers * 0.015));
        var checkerSites = centralised.Count > 0 ? centralised : [nationalOffice];
        foreach (var site in centralised)
        {
            Add(site, new(StaffRole.ServiceCentreManager, CaseManagerVariant.None), OtherGenders);
        }

        for (var i = 0; i < checkers; i++)
        {
            Add(checkerSites[i % checkerSites.Count], new(StaffRole.QualityChecker, CaseManagerVariant.None), OtherGenders);
        }

        for (var i = 0; i < profile.NationalOfficeStaff; i++)
        {
            Add(nationalOffice, new(StaffRole.NationalOffice, CaseManagerVariant.None), OtherGenders);
        }

        return [.. plans.OrderBy(p => p.SiteIndex)];
    }

    /// <summary>Splits <paramref name="total"/> by weight (largest remainder) after each slot's minimum.</summary>
    private static int[] Allocate(int total, List<double> weights, Func<int, int> minimum)
    {
        var counts = weights.Select((_, i) => minimum(i)).ToArray();
        var remaining = total - counts.Sum();
        if (remaining <= 0 || weights.Count == 0)
        {
            return counts;
        }

        var sum = weights.Sum();
        var shares = weights.Select(w => remaining * w / sum).ToArray();
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += (int)Math.Floor(shares[i]);
        }

        var left = remaining - shares.Sum(s => (int)Math.Floor(s));
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => shares[i] - Math.Floor(shares[i])).ThenBy(i => i).Take(left))
        {
            counts[i]++;
        }

        return counts;
    }

    private static void ForceGender(List<StaffPlan> plans, Gender gender, int preferredIndex)
    {
        // the options since 2019 include gender diverse and undeclared; make sure small datasets show them.
        if (plans.Count == 0 || plans.Any(p => p.Gender == gender))
        {
            return;
        }

        var index = Math.Min(preferredIndex, plans.Count - 1);
        plans[index] = plans[index] with { Gender = gender };
    }

    private static void AddLeave(StaffMember member, Random random, DateOnly today, long baseMs, int ordinal)
    {
        if (random.Chance(0.25))
        {
            var from = Weekday(today.AddDays(random.Next(-45, 60)));
            var to = from.AddDays(random.Next(0, 12));
            DeterministicIds.RecordLeave(member, SyntheticRandom.OrderedGuid(random, baseMs, 100_000 + (ordinal * 8)), from, to, LeaveKind.Planned, random.Pick(PlannedLeaveNotes));
        }

        if (random.Chance(0.06))
        {
            var from = Weekday(today.AddDays(random.Next(-20, 1)));
            var to = from.AddDays(random.Next(0, 3));
            DeterministicIds.RecordLeave(member, SyntheticRandom.OrderedGuid(random, baseMs, 100_001 + (ordinal * 8)), from, to, LeaveKind.Unplanned, random.Pick(UnplannedLeaveNotes));
        }
    }

    private static void ForceLeaveForDemo(List<SyntheticSite> sites, int seed, DateOnly today, long baseMs)
    {
        // The first centre always has one case manager off sick today (their buddy covers, R-050)
        // and one with annual leave booked for next week, so the demo shows both.
        var first = sites.First(s => s.Site.Kind == SiteKind.ServiceCentre);
        var random = SyntheticRandom.For(seed, SyntheticRandom.Stream.Organisation, 2);
        var general = first.Staff.First(s => s.Variant == CaseManagerVariant.General);
        if (!general.IsOnLeave(today))
        {
            DeterministicIds.RecordLeave(general, SyntheticRandom.OrderedGuid(random, baseMs, 99_000), today, today.AddDays(1), LeaveKind.Unplanned, "Sick leave");
        }

        var employment = first.Staff.First(s => s.Variant == CaseManagerVariant.EmploymentFaceToFace);
        var daysToMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var nextMonday = today.AddDays(daysToMonday == 0 ? 7 : daysToMonday);
        if (!employment.IsOnLeave(nextMonday))
        {
            DeterministicIds.RecordLeave(employment, SyntheticRandom.OrderedGuid(random, baseMs, 99_001), nextMonday, nextMonday.AddDays(4), LeaveKind.Planned, "Annual leave");
        }
    }

    private static void AssignBuddies(List<SyntheticSite> sites)
    {
        // every case manager has a buddy at their own site; a ring keeps it so for any head count of two or more.
        foreach (var site in sites)
        {
            var caseManagers = site.Staff.Where(s => s.Role.IsCaseManager()).OrderBy(s => s.Role).ThenBy(s => s.Variant).ThenBy(s => s.StaffNumber, StringComparer.Ordinal).ToList();
            if (caseManagers.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < caseManagers.Count; i++)
            {
                caseManagers[i].AssignBuddy(caseManagers[(i + 1) % caseManagers.Count].Id);
            }
        }
    }

    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    internal static int AreaCode(string regionCode) => regionCode switch
    {
        NzPlaces.Northland or NzPlaces.AucklandMetro => 9,
        NzPlaces.Waikato or NzPlaces.BayOfPlenty => 7,
        NzPlaces.EastCoast or NzPlaces.Taranaki or NzPlaces.Central => 6,
        NzPlaces.Nelson or NzPlaces.Canterbury or NzPlaces.Southern => 3,
        _ => 4,
    };

    private readonly record struct Position(StaffRole Role, CaseManagerVariant Variant);

    private sealed record StaffPlan(int SiteIndex, Position Role, Gender Gender);
}
