using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Data.Synthetic;

internal sealed partial class ClientGenerator
{
    // Tests and demos look these up: three Māka whānau members at Masterton, the first with a special caution and a must-view note.
    private static readonly FeaturedClient[] Featured =
    [
        new("Aroha", "Māka", Female: true, BenefitType.SoleParentSupport, Age: 34, WithWarnings: true),
        new("Hēmi", "Māka", Female: false, BenefitType.JobseekerSupportWorkReady, Age: 41, WithWarnings: false),
        new("Mere", "Māka", Female: true, BenefitType.NewZealandSuperannuation, Age: 68, WithWarnings: false),
    ];

    private static readonly DateOnly RecordsMigratedOn = new(1998, 10, 1);

    private Draft DraftPerson(Random random, FeaturedClient? featured, CentreInfo centre)
    {
        var benefit = featured?.Benefit ?? random.Pick(BenefitMix);
        var female = featured?.Female ?? random.Chance(benefit switch
        {
            BenefitType.SoleParentSupport => 0.88,
            BenefitType.YoungParentPayment => 0.95,
            BenefitType.JobseekerSupportWorkReady => 0.45,
            _ => 0.52,
        });
        var group = featured is null ? random.Pick(NzNames.ClientMix) : NameGroup.Maori;
        var age = featured?.Age ?? DrawAge(random, benefit);
        var draft = new Draft
        {
            Benefit = benefit,
            Female = female,
            Group = group,
            Age = age,
            DateOfBirth = _today.AddYears(-age).AddDays(-random.Next(0, 365)),
        };

        var pool = NzNames.Pool(group);
        var givenPool = group is NameGroup.Samoan or NameGroup.Tongan or NameGroup.CookIslands && random.Chance(0.2) ? NzNames.Pakeha : pool;
        var surnamePool = group == NameGroup.Maori && random.Chance(0.35) ? NzNames.Pakeha : pool;
        draft.FirstName = featured?.FirstName ?? random.Pick(female ? givenPool.Female : givenPool.Male);
        draft.LastName = featured?.LastName ?? random.Pick(surnamePool.Surnames);
        if (random.Chance(0.35))
        {
            var middle = random.Pick(female ? pool.Female : pool.Male);
            draft.MiddleNames = middle == draft.FirstName ? null : middle;
        }

        if (random.Chance(0.04))
        {
            draft.PreferredName = NzNames.Nicknames.TryGetValue(draft.FirstName, out var nickname) ? nickname : draft.MiddleNames;
        }

        AddHousehold(random, draft, pool);
        SetBenefitAndObligations(random, draft);
        SetFirstBenefit(random, draft);
        SetFlags(random, draft);
        SetContact(random, draft, centre);
        return draft;
    }

    private Client BuildClient(Random random, int index, Draft draft, CentreInfo centre)
    {
        var (gender, ethnicity) = SyntheticClientIdentity.For(index, draft.Female, draft.Group);
        var details = new ClientDetails(
            draft.FirstName, draft.MiddleNames, draft.LastName, draft.PreferredName, draft.DateOfBirth, draft.Phone, draft.Email,
            draft.PreferredChannel, draft.Address, centre.Entity.Id, draft.Benefit, draft.BenefitStart, draft.Obligation, draft.Flags, gender, ethnicity);
        // Records older than the case management system were migrated into it, so none is created before then.
        var createdOn = draft.FirstEntry < RecordsMigratedOn ? RecordsMigratedOn.AddDays(random.Next(0, 60)) : draft.FirstEntry;
        var createdAt = NzTime.ToUtc(createdOn, new TimeOnly(9, 0).AddMinutes(random.Next(0, 450)));
        var client = new Client(new ClientId(NewId(random, index)), ClientNumber(index), details, createdAt);
        client.SetFirstBenefit(draft.FirstBenefitAge, draft.FirstBenefit);

        var ordinal = (long)index * 16;
        foreach (var member in draft.Household)
        {
            DeterministicIds.AddHouseholdMember(client, NewId(random, ordinal++), member.Relationship, member.Name, member.DateOfBirth);
        }

        var agentChance = draft.Benefit is BenefitType.NewZealandSuperannuation or BenefitType.SupportedLivingPayment ? 0.08 : 0.015;
        if (random.Chance(agentChance))
        {
            var pool = NzNames.Pool(draft.Group);
            var name = $"{random.Pick(random.Chance(0.5) ? pool.Female : pool.Male)} {(random.Chance(0.6) ? draft.LastName : random.Pick(pool.Surnames))}";
            client.SetAgent(new ClientAgent(name, random.Pick(NoteTexts.AgentRelationships), random.Chance(0.85) ? Mobile(random) : null, IsVerified: random.Chance(0.7)));
        }

        // staff who are also clients get a restricted record; one early index always has one so small datasets show it.
        if (index == 7 || random.Chance(0.0005))
        {
            client.Restrict("Staff member who is also a client");
        }

        return client;
    }

    private static int DrawAge(Random random, BenefitType benefit)
    {
        var roll = random.NextDouble();
        return benefit switch
        {
            BenefitType.JobseekerSupportWorkReady => roll < 0.3 ? random.Next(18, 25) : roll < 0.7 ? random.Next(25, 45) : random.Next(45, 65),
            BenefitType.JobseekerSupportHealthConditionOrDisability => roll < 0.15 ? random.Next(18, 25) : roll < 0.55 ? random.Next(25, 45) : random.Next(45, 65),
            BenefitType.SoleParentSupport => roll < 0.05 ? random.Next(18, 20) : roll < 0.9 ? random.Next(20, 46) : random.Next(46, 56),
            BenefitType.SupportedLivingPayment => roll < 0.2 ? random.Next(16, 30) : roll < 0.5 ? random.Next(30, 50) : random.Next(50, 65),
            BenefitType.NewZealandSuperannuation => Math.Min(99, 65 + random.ExponentialDays(8)),
            BenefitType.YouthPayment => random.Next(16, 18),
            BenefitType.YoungParentPayment => random.Next(16, 20),
            BenefitType.EmergencyBenefit => random.Next(18, 65),
            BenefitType.SupplementaryOnly => random.Next(18, 86),
            BenefitType.StudentAllowance => random.Next(18, 31),
            BenefitType.SicknessBenefit => random.Next(18, 65),
            BenefitType.None => random.Next(18, 71),
        };
    }

    private void AddHousehold(Random random, Draft draft, NamePool pool)
    {
        var childAges = new List<int>();
        var maxChildAge = Math.Min(17, draft.Age - 17);
        switch (draft.Benefit)
        {
            case BenefitType.SoleParentSupport:
                // SPS: a sole parent whose youngest child is under 14.
                var youngest = random.Next(0, Math.Max(0, Math.Min(13, draft.Age - 17)) + 1);
                childAges.Add(youngest);
                for (var more = Math.Min(4, random.Poisson(0.7)); more > 0; more--)
                {
                    var next = childAges[^1] + random.Next(1, 5);
                    if (next > maxChildAge)
                    {
                        break;
                    }

                    childAges.Add(next);
                }

                break;
            case BenefitType.YoungParentPayment:
                childAges.Add(random.Next(0, Math.Max(0, Math.Min(2, draft.Age - 16)) + 1));
                break;
            case BenefitType.JobseekerSupportWorkReady or BenefitType.JobseekerSupportHealthConditionOrDisability or BenefitType.EmergencyBenefit or BenefitType.SupportedLivingPayment or BenefitType.SupplementaryOnly:
                var chance = draft.Benefit switch
                {
                    BenefitType.SupportedLivingPayment => 0.1,
                    BenefitType.SupplementaryOnly => 0.3,
                    _ => 0.22,
                };
                if (maxChildAge >= 0 && random.Chance(chance))
                {
                    for (var count = 1 + Math.Min(3, random.Poisson(0.5)); count > 0; count--)
                    {
                        childAges.Add(random.Next(0, maxChildAge + 1));
                    }
                }

                break;
            case BenefitType.NewZealandSuperannuation or BenefitType.YouthPayment or BenefitType.StudentAllowance or BenefitType.SicknessBenefit or BenefitType.None:
                break;
        }

        var partnerChance = draft.Benefit switch
        {
            BenefitType.SoleParentSupport or BenefitType.YouthPayment or BenefitType.YoungParentPayment => 0.0,
            BenefitType.NewZealandSuperannuation => 0.55,
            BenefitType.SupplementaryOnly => 0.4,
            BenefitType.SupportedLivingPayment => 0.3,
            BenefitType.StudentAllowance => 0.1,
            _ => 0.22,
        };
        if (random.Chance(partnerChance))
        {
            var partnerFemale = random.Chance(0.92) ? !draft.Female : draft.Female;
            var partnerAge = Math.Clamp(draft.Age + random.Next(-6, 7), draft.Benefit == BenefitType.NewZealandSuperannuation ? 55 : 18, 99);
            var surname = random.Chance(0.5) ? draft.LastName : random.Pick(pool.Surnames);
            draft.Household.Add(new(HouseholdRelationship.Partner, $"{random.Pick(partnerFemale ? pool.Female : pool.Male)} {surname}", BirthDate(random, partnerAge)));
        }

        foreach (var childAge in childAges.OrderByDescending(a => a))
        {
            draft.Household.Add(new(HouseholdRelationship.DependentChild, $"{random.Pick(random.Chance(0.5) ? pool.Female : pool.Male)} {draft.LastName}", BirthDate(random, childAge)));
        }

        draft.YoungestChildAge = childAges.Count == 0 ? null : childAges.Min();

        var whanauChance = draft.Group is NameGroup.Maori or NameGroup.Samoan or NameGroup.Tongan or NameGroup.CookIslands ? 0.05 : 0.015;
        if (random.Chance(whanauChance))
        {
            var elder = random.Chance(0.5);
            var age = elder ? Math.Min(95, draft.Age + random.Next(20, 31)) : random.Next(18, 40);
            draft.Household.Add(new(HouseholdRelationship.WhanauMember, $"{random.Pick(random.Chance(0.5) ? pool.Female : pool.Male)} {draft.LastName}", random.Chance(0.8) ? BirthDate(random, age) : null));
        }
    }

    private void SetBenefitAndObligations(Random random, Draft draft)
    {
        var benefit = draft.Benefit;
        var earliest = benefit switch
        {
            BenefitType.NewZealandSuperannuation => draft.DateOfBirth.AddYears(65),
            BenefitType.JobseekerSupportWorkReady or BenefitType.JobseekerSupportHealthConditionOrDisability or BenefitType.StudentAllowance or BenefitType.EmergencyBenefit => draft.DateOfBirth.AddYears(18),
            _ => draft.DateOfBirth.AddYears(16),
        };
        var youngestBirth = draft.Household.Where(h => h.Relationship == HouseholdRelationship.DependentChild).Select(h => h.DateOfBirth).Max();
        var latest = _today.AddDays(-1);
        DateOnly? start = benefit switch
        {
            BenefitType.None => null,
            BenefitType.NewZealandSuperannuation => earliest.AddDays(random.Next(0, 21)),
            BenefitType.SoleParentSupport or BenefitType.YoungParentPayment when youngestBirth is { } birth => birth.AddDays(random.Next(0, Math.Max(1, Math.Min(900, latest.DayNumber - birth.DayNumber)))),
            BenefitType.YouthPayment => earliest.AddDays(random.Next(0, Math.Max(1, latest.DayNumber - earliest.DayNumber))),
            _ => latest.AddDays(-(benefit switch
            {
                BenefitType.JobseekerSupportWorkReady => random.ExponentialDays(400),
                BenefitType.JobseekerSupportHealthConditionOrDisability => random.ExponentialDays(900),
                BenefitType.SupportedLivingPayment => random.ExponentialDays(2500),
                BenefitType.EmergencyBenefit => random.ExponentialDays(200),
                BenefitType.StudentAllowance => random.ExponentialDays(300),
                _ => random.ExponentialDays(700),
            })),
        };
        if (start is { } s)
        {
            start = s < earliest ? earliest : s > latest ? latest : s;
        }

        draft.BenefitStart = start;

        // 002: obligations follow the benefit and, for parents, the youngest child's age.
        var youngest = draft.YoungestChildAge;
        draft.Obligation = benefit switch
        {
            BenefitType.JobseekerSupportWorkReady => youngest is < 14 ? WorkObligation.PartTime : WorkObligation.FullTime,
            BenefitType.JobseekerSupportHealthConditionOrDisability => random.Pick<WorkObligation>([(WorkObligation.WorkPreparation, 45), (WorkObligation.PartTime, 30), (WorkObligation.None, 20), (WorkObligation.FullTime, 5)]),
            BenefitType.SoleParentSupport => youngest is < 3 ? WorkObligation.WorkPreparation : WorkObligation.PartTime,
            BenefitType.YouthPayment or BenefitType.YoungParentPayment => WorkObligation.WorkPreparation,
            BenefitType.EmergencyBenefit => random.Chance(0.4) ? WorkObligation.PartTime : WorkObligation.None,
            BenefitType.SupportedLivingPayment or BenefitType.NewZealandSuperannuation or BenefitType.SupplementaryOnly
                or BenefitType.StudentAllowance or BenefitType.SicknessBenefit or BenefitType.None => WorkObligation.None,
        };
    }

    private void SetFirstBenefit(Random random, Draft draft)
    {
        var reference = draft.BenefitStart ?? _today.AddDays(-1);
        var capAge = Math.Max(16, AgeOn(draft.DateOfBirth, reference));
        int firstAge;
        BenefitType first;
        if (draft.Benefit is BenefitType.YouthPayment or BenefitType.YoungParentPayment or BenefitType.StudentAllowance
            || (draft.Benefit == BenefitType.NewZealandSuperannuation && random.Chance(0.3)))
        {
            firstAge = capAge;
            first = draft.Benefit;
        }
        else if (random.Chance(0.35))
        {
            // 004: many entered the benefit system before age 20; the first benefit matters for ICS-X.
            firstAge = random.Next(16, Math.Min(19, capAge) + 1);
            first = firstAge < 18
                ? random.Pick<BenefitType>([(BenefitType.YouthPayment, 75), (BenefitType.YoungParentPayment, draft.Female ? 15 : 0), (BenefitType.EmergencyBenefit, 10)])
                : random.Pick<BenefitType>([
                    (BenefitType.JobseekerSupportWorkReady, 55), (BenefitType.SoleParentSupport, draft.Female ? 10 : 0),
                    (BenefitType.JobseekerSupportHealthConditionOrDisability, 10), (BenefitType.SicknessBenefit, 8),
                    (BenefitType.YoungParentPayment, draft.Female ? 7 : 0), (BenefitType.SupportedLivingPayment, 5), (BenefitType.EmergencyBenefit, 5)]);
        }
        else
        {
            firstAge = capAge <= 20 ? capAge : random.Next(20, capAge + 1);
            var current = draft.Benefit is BenefitType.None or BenefitType.SupplementaryOnly or BenefitType.NewZealandSuperannuation ? BenefitType.JobseekerSupportWorkReady : draft.Benefit;
            first = random.Pick<BenefitType>([
                (current, 50), (BenefitType.JobseekerSupportWorkReady, 25), (BenefitType.SicknessBenefit, 10),
                (BenefitType.SoleParentSupport, draft.Female ? 8 : 0), (BenefitType.JobseekerSupportHealthConditionOrDisability, 7)]);
        }

        draft.FirstBenefitAge = firstAge;
        draft.FirstBenefit = first;
        var entry = draft.DateOfBirth.AddYears(firstAge).AddDays(random.Next(0, 365));
        draft.FirstEntry = entry > reference ? reference : entry;
    }

    private DateOnly BirthDate(Random random, int age) => _today.AddYears(-age).AddDays(-random.Next(0, 365));

    private static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    private sealed record FeaturedClient(string FirstName, string LastName, bool Female, BenefitType Benefit, int Age, bool WithWarnings);

    private sealed record HouseholdDraft(HouseholdRelationship Relationship, string Name, DateOnly? DateOfBirth);

    /// <summary>The person before it becomes a <see cref="Client"/>.</summary>
    private sealed class Draft
    {
        public NameGroup Group { get; init; }

        public bool Female { get; init; }

        public int Age { get; init; }

        public DateOnly DateOfBirth { get; init; }

        public BenefitType Benefit { get; init; }

        public string FirstName { get; set; } = string.Empty;

        public string? MiddleNames { get; set; }

        public string LastName { get; set; } = string.Empty;

        public string? PreferredName { get; set; }

        public List<HouseholdDraft> Household { get; } = [];

        public int? YoungestChildAge { get; set; }

        public DateOnly? BenefitStart { get; set; }

        public WorkObligation Obligation { get; set; }

        public int FirstBenefitAge { get; set; }

        public BenefitType FirstBenefit { get; set; }

        public DateOnly FirstEntry { get; set; }

        public ClientFlags Flags { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public ContactChannel PreferredChannel { get; set; }

        public PostalAddress? Address { get; set; }
    }
}
