using Tautoko.Core.Clients;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

internal sealed partial class ClientGenerator
{
    private static readonly string[] IntegratedStreams = ["Housing", "Supporting Offenders into Employment", "Remand", "Family harm"];

    // 002: excluded from phone-based case management.
    private const ClientFlags PhoneExclusions = ClientFlags.NeedsFaceToFace | ClientFlags.LowTrust | ClientFlags.VoluntaryUnemploymentOrRecompliance
        | ClientFlags.ObligationsFailureOrSanction | ClientFlags.EmergencyHousingOrHomeless | ClientFlags.HomeDetentionOrPostDetention
        | ClientFlags.RefugeeQuota | ClientFlags.TrespassedFromSites;

    /// <summary>Programme tags (002/003); returns the case manager who holds the client now, if any.</summary>
    private StaffMember? AddServices(Random random, int index, Client client, Draft draft, CentreInfo centre, List<ProgrammeTag> tags)
    {
        var ordinal = ((long)index * 16) + 8;
        var age = draft.Age;
        var benefit = draft.Benefit;
        var obligation = draft.Obligation;
        var withObligations = obligation is WorkObligation.FullTime or WorkObligation.PartTime;
        var serviceStart = Max(draft.BenefitStart ?? draft.FirstEntry, _today.AddDays(-3 * 365));

        ProgrammeTagCode? code = null;
        StaffMember? holder = null;
        string reason = string.Empty;

        // R-110..R-112: ICS-X takes JS-WR full-time or JS-HCD with obligations, first on benefit before 20
        // (not Sickness Benefit or SLP), aged 25–39; eligible clients are randomised, so only some get the tag.
        var icsEligible = ((benefit == BenefitType.JobseekerSupportWorkReady && obligation == WorkObligation.FullTime)
                || (benefit == BenefitType.JobseekerSupportHealthConditionOrDisability && obligation != WorkObligation.None))
            && draft.FirstBenefitAge < 20 && draft.FirstBenefit is not (BenefitType.SicknessBenefit or BenefitType.SupportedLivingPayment)
            && age is >= 25 and <= 39;
        if (icsEligible && centre.Intensive.Length > 0 && random.Chance(centre.IntensiveRate))
        {
            code = ProgrammeTagCode.IntensiveClientSupport;
            holder = random.Pick(centre.Intensive);
            reason = age < 30 ? "ICS-X: randomly assigned to treatment (age group 25–29)" : "ICS-X: randomly assigned to treatment (age group 30–39)";
        }
        else if (IsIntegratedCandidate(draft) && centre.Integrated.Length > 0 && random.Chance(centre.IntegratedRate))
        {
            code = ProgrammeTagCode.IntegratedServicesCaseManagement;
            holder = random.Pick(centre.Integrated);
            var stream = draft.Flags.HasFlag(ClientFlags.EmergencyHousingOrHomeless) ? "Housing"
                : draft.Flags.HasFlag(ClientFlags.HomeDetentionOrPostDetention) ? "Supporting Offenders into Employment"
                : random.Pick(IntegratedStreams);
            reason = $"Complex needs – Integrated Services ({stream}); 1:1 with client and partner";
        }
        else if (benefit == BenefitType.JobseekerSupportWorkReady && obligation == WorkObligation.FullTime && centre.PhoneRegion
            && (draft.Flags & PhoneExclusions) == 0 && _phoneStaff.Length > 0 && random.Chance(_pbcmRate))
        {
            code = ProgrammeTagCode.PhoneBasedCaseManagement;
            holder = random.Pick(_phoneStaff);
            reason = "Kōrero Mahi – Let's talk work seminar attended; assigned to a phone-based caseload";
            serviceStart = Max(serviceStart, _today.AddDays(-540));
        }
        else if (withObligations && benefit is BenefitType.JobseekerSupportWorkReady or BenefitType.JobseekerSupportHealthConditionOrDisability or BenefitType.SoleParentSupport
            && centre.Employment.Length > 0 && random.Chance(Math.Min(0.95, centre.EmploymentRate * (age <= 24 ? 2.0 : 0.8))))
        {
            // 002: first priority goes to 18–24 year olds with work obligations.
            holder = random.Pick(centre.Employment);
            code = holder.Variant == CaseManagerVariant.EmploymentReserve ? ProgrammeTagCode.EmploymentCaseManagementReserve : ProgrammeTagCode.EmploymentCaseManagement;
            var onBenefitDays = _today.DayNumber - (draft.BenefitStart ?? _today).DayNumber;
            reason = age <= 24 ? NoteTexts.TagReasons[0]
                : benefit != BenefitType.JobseekerSupportWorkReady ? "Employment case management: work obligations, referred by connector"
                : draft.YoungestChildAge is not null ? NoteTexts.TagReasons[3]
                : onBenefitDays < 730 ? NoteTexts.TagReasons[1]
                : NoteTexts.TagReasons[2];
        }
        else if (benefit != BenefitType.None && centre.General.Length > 0 && random.Chance(centre.GeneralRate))
        {
            holder = random.Pick(centre.General);
            var dedicated = random.Chance(0.15);
            code = dedicated ? ProgrammeTagCode.DedicatedCaseManagement : ProgrammeTagCode.GeneralCaseManagement;
            reason = dedicated ? "Dedicated case management: ongoing support below the integrated threshold" : "General case management: ongoing support with entitlement and obligations";
        }

        if (code is { } service && holder is not null)
        {
            var added = TagDate(random, serviceStart);
            if (random.Chance(0.1))
            {
                // A hand-over from an earlier service: the old tag is removed, never deleted (002 exit checklist).
                var earlierAdded = Max(serviceStart, added.AddDays(-random.Next(90, 365)));
                var earlierHolder = centre.CaseManagers.Length > 0 ? random.Pick(centre.CaseManagers) : holder;
                var earlier = new ProgrammeTag(NewId(random, ordinal++), client.Id, ProgrammeTagCode.GeneralCaseManagement, earlierHolder.Id, At(random, earlierAdded), "General case management: ongoing support with entitlement and obligations");
                earlier.Remove(earlierHolder.Id, At(random, Max(earlierAdded.AddDays(1), added)), "Receiving other long-term service: handed over after a meeting");
                tags.Add(earlier);
            }

            var tag = new ProgrammeTag(NewId(random, ordinal++), client.Id, service, holder.Id, At(random, added), reason);
            tags.Add(tag);
            if (random.Chance(0.1) && added < _today.AddDays(-31))
            {
                var exit = added.AddDays(random.Next(30, _today.DayNumber - added.DayNumber));
                tag.Remove(holder.Id, At(random, exit), random.Pick(NoteTexts.ExitReasons));
                holder = null;
            }
        }

        if (draft.Flags.HasFlag(ClientFlags.LowTrust))
        {
            var by = centre.Connectors.Length > 0 ? random.Pick(centre.Connectors) : centre.Manager;
            tags.Add(new ProgrammeTag(NewId(random, ordinal++), client.Id, ProgrammeTagCode.LowTrust, by.Id, At(random, TagDate(random, serviceStart)), "Low trust – identity could not be confirmed; face-to-face service only"));
        }

        // 002: LMI1 is added automatically to clients likely to find work on their own within three months.
        if (benefit == BenefitType.JobseekerSupportWorkReady && draft.BenefitStart is { } start && start > _today.AddDays(-180) && random.Chance(0.25))
        {
            var addedOn = Min(start.AddDays(random.Next(7, 31)), _today.AddDays(-1));
            tags.Add(new ProgrammeTag(NewId(random, ordinal), client.Id, ProgrammeTagCode.LabourMarketIndicator1, null, At(random, addedOn), "Automatic: likely to find work within three months without help (LMI1 model)"));
        }

        return holder;
    }

    /// <summary>R-121: special cautions (~1%) and must-view notes (~3%), plus the ones trespass and restriction call for.</summary>
    private void AddWarnings(Random random, int index, Client client, Draft draft, CentreInfo centre, FeaturedClient? featured, List<SpecialCaution> cautions, List<MustViewNote> mustView)
    {
        var ordinal = (long)index * 4;
        var since = Max(draft.FirstEntry, _today.AddDays(-5 * 365));
        if (featured?.WithWarnings == true || random.Chance(0.01))
        {
            var (kind, text) = featured?.WithWarnings == true ? NoteTexts.Cautions[4] : random.Pick(NoteTexts.Cautions);
            var by = centre.CaseManagers.Length > 0 && random.Chance(0.7) ? random.Pick(centre.CaseManagers) : centre.Manager;
            var caution = new SpecialCaution(NewId(random, ordinal++), client.Id, kind, text, by.Id, At(random, TagDate(random, since)));
            if (featured is null && random.Chance(0.1))
            {
                caution.End(At(random, _today.AddDays(-random.Next(1, 60))));
            }

            cautions.Add(caution);
        }

        var texts = new List<string>(2);
        if (draft.Flags.HasFlag(ClientFlags.TrespassedFromSites))
        {
            texts.Add(NoteTexts.Trespassed);
        }

        if (client.IsRestricted)
        {
            texts.Add(NoteTexts.StaffClient);
        }

        if (featured?.WithWarnings == true)
        {
            texts.Add(NoteTexts.MustViewNotes[0]);
        }
        else if (random.Chance(0.03))
        {
            texts.Add(random.Pick(NoteTexts.MustViewNotes));
        }

        foreach (var text in texts.Take(3))
        {
            var by = centre.CaseManagers.Length > 0 ? random.Pick(centre.CaseManagers) : centre.Manager;
            var added = TagDate(random, since);
            DateOnly? expires = featured is null && random.Chance(0.3) ? added.AddDays(random.Next(180, 720)) : null;
            mustView.Add(new MustViewNote(NewId(random, ordinal++), client.Id, text, by.Id, At(random, added), expires));
        }
    }

    private static bool IsIntegratedCandidate(Draft draft) =>
        draft.Benefit is BenefitType.JobseekerSupportHealthConditionOrDisability or BenefitType.SoleParentSupport or BenefitType.EmergencyBenefit
        || (draft.Flags & (ClientFlags.EmergencyHousingOrHomeless | ClientFlags.HomeDetentionOrPostDetention | ClientFlags.ObligationsFailureOrSanction)) != 0;

    /// <summary>A day between <paramref name="from"/> and yesterday.</summary>
    private DateOnly TagDate(Random random, DateOnly from)
    {
        var latest = _today.AddDays(-1);
        return from >= latest ? latest : from.AddDays(random.Next(0, latest.DayNumber - from.DayNumber + 1));
    }

    /// <summary>A time in office hours on <paramref name="date"/>, as a UTC instant, never after the reference "now".</summary>
    private DateTimeOffset At(Random random, DateOnly date)
    {
        var at = NzTime.ToUtc(date, new TimeOnly(8, 45).AddMinutes(random.Next(0, 480)));
        return at > _now ? _now : at;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
