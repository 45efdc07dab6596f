using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Core.Vacancies;

namespace Tautoko.Core.Measures;

/// <summary>
/// The seeds' measure definitions (002, 003; SPEC §9) applied to one client's history: what each of the client's records
/// adds to which measure, on which day, for which site and staff member. Working days are New Zealand working days on
/// the calendar of the site's district.
/// </summary>
public static class MeasureRules
{
    public static IReadOnlyList<MeasureContribution> Contributions(ClientMeasureHistory history, Func<SiteId, AnniversaryDistrict> districtOf, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(districtOf);
        var client = history.ClientId;
        var rows = new List<MeasureContribution>();

        // client requests completed: appointments resulted (show or no-show) and client events completed in a work queue.
        foreach (var a in history.Appointments.Where(a => a.ResultedOn is not null && a.Status is AppointmentStatus.Attended or AppointmentStatus.DidNotAttend))
        {
            rows.Add(new(client, MeasureCatalogue.ClientRequests, a.Id, a.ResultedOn!.Value, a.SiteId, a.ResultedById ?? a.StaffId, 1, 0));
        }

        foreach (var t in history.CompletedTasks)
        {
            rows.Add(new(client, MeasureCatalogue.ClientRequests, t.Id, t.CompletedOn, t.SiteId, t.CompletedById, 1, 0));
        }

        var attended = history.Appointments.Where(a => a.Status == AppointmentStatus.Attended).OrderBy(a => a.Day).ToList();
        foreach (var a in attended)
        {
            // appointments resulted "show", on the appointment's day, for the staff member who held it.
            rows.Add(new(client, MeasureCatalogue.CompletionRate, a.Id, a.Day, a.SiteId, a.StaffId, 1, 0));

            // did the client return for the same appointment type within 7 working days?
            var district = districtOf(a.SiteId);
            var returned = attended.Any(b => b.Id != a.Id && b.Type == a.Type && b.Day > a.Day
                && WorkingDays.Between(a.Day, b.Day, district) <= MeasureCatalogue.ReturnWorkingDays);
            rows.Add(new(client, MeasureCatalogue.ReturnRate, a.Id, a.Day, a.SiteId, a.StaffId, returned ? 1 : 0, 1));
        }

        var planDays = history.Plans.Select(p => p.CreatedOn).ToList();
        foreach (var p in history.Placements)
        {
            var district = districtOf(p.SiteId);

            // new clients seen within 10 working days of assignment, on the channel the service needs; not general
            // case management, not transfers (a transfer, or a hand-over from another placement that ended the day before or later).
            var transfer = p.Source == PlacementSource.Transfer
                || history.Placements.Any(o => o.Id != p.Id && o.StartedOn <= p.StartedOn && o.EndedOn is { } ended && ended >= p.StartedOn.AddDays(-1));
            var tag = p.Service.Tag();
            if (p.Service != CaseManagementService.General && !transfer)
            {
                var seen = history.Appointments.Any(a => a.Status == AppointmentStatus.Attended && a.Day >= p.StartedOn
                    && EngagementStandards.FirstSeen(tag, false, p.StartedOn, a.Day, a.Channel, district) is { WithinStandard: true });
                rows.Add(new(client, MeasureCatalogue.NewClientsSeen, p.Id, p.StartedOn, p.SiteId, p.CaseManagerId, seen ? 1 : 0, 1));
            }

            // clients assigned to an employment caseload with an IEP within 10 working days.
            if (p.Service.IsEmployment())
            {
                var planned = IepMeasures.PlannedWithinTenDays(p.StartedOn, planDays, district);
                rows.Add(new(client, MeasureCatalogue.IepWithinTenDays, p.Id, p.StartedOn, p.SiteId, p.CaseManagerId, planned ? 1 : 0, 1));
            }
        }

        // open plans, counted for the employment case manager the client had when the plan was made (else the latest).
        foreach (var plan in history.Plans.Where(p => !p.Closed))
        {
            var employment = history.Placements.Where(p => p.Service.IsEmployment()).OrderByDescending(p => p.StartedOn).ToList();
            var owner = employment.FirstOrDefault(p => p.StartedOn <= plan.CreatedOn && (p.EndedOn is null || p.EndedOn >= plan.CreatedOn)) ?? employment.FirstOrDefault();
            if (owner is null)
            {
                continue;
            }

            var district = districtOf(owner.SiteId);
            var hasActivities = plan.Activities.Any(a => a.Status != PlanActivityStatus.Cancelled);
            var overdue = plan.Activities.Any(a => a.Status == PlanActivityStatus.Open && WorkingDays.Between(a.DueOn, today, district) > 0);
            rows.Add(new(client, MeasureCatalogue.IepQuality, plan.Id, plan.CreatedOn, owner.SiteId, owner.CaseManagerId, hasActivities && !overdue ? 1 : 0, 1));
        }

        // work exits and new part-time earnings of clients in (or through) employment case management.
        foreach (var w in history.WorkStarts.Where(w => w.CaseManagerId is not null))
        {
            rows.Add(new(client, MeasureCatalogue.WorkExits, w.Id, w.On, w.SiteId, w.CaseManagerId!.Value, 1, 0));
        }

        foreach (var e in history.PartTimeEarnings.Where(e => e.CaseManagerId is not null))
        {
            rows.Add(new(client, MeasureCatalogue.PartTimeEarnings, e.Id, e.On, e.SiteId, e.CaseManagerId!.Value, 1, 0));
        }

        // Referrals to vacancies and programmes: of those made on a day, how many reached each stage.
        foreach (var r in history.Referrals)
        {
            foreach (var (stage, reached) in Stages(r))
            {
                var prefix = r.Kind == ReferralKind.Vacancy ? MeasureCatalogue.VacancyPrefix : MeasureCatalogue.ProgrammePrefix;
                rows.Add(new(client, prefix + stage, r.Id, r.ReferredOn, r.SiteId, r.ReferredBy, reached ? 1 : 0, 1));
            }
        }

        return rows;
    }

    private static IEnumerable<(string Stage, bool Reached)> Stages(ReferralFact r)
    {
        yield return ("accepted", r.AcceptedOn is not null);
        yield return ("declined", r.DeclinedOn is not null);
        if (r.Kind == ReferralKind.Vacancy)
        {
            yield return ("interviewed", r.InterviewedOn is not null);
            yield return ("filled", r.FilledOn is not null);
            yield break;
        }

        yield return ("participated", r.ParticipatedOn is not null);
        yield return ("completed", r.CompletedOn is not null);
        yield return ("outcome-entered-employment", r.OutcomeCode == ProgrammeOutcome.EnteredEmployment);
        yield return ("outcome-entered-training", r.OutcomeCode == ProgrammeOutcome.EnteredTraining);
        yield return ("outcome-work-ready", r.OutcomeCode == ProgrammeOutcome.WorkReady);
        yield return ("outcome-no-change", r.OutcomeCode == ProgrammeOutcome.NoChange);
    }
}
