using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Calendar;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.StartingWork;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.StartingWork;

/// <summary>
/// Starting work (002 "Supporting sustainable employment", R-065): record an exit into work and newly declared part-time
/// earnings (the "work exits" and "part-time earnings" measures), and the supports offered, agreed or declined.
/// </summary>
public sealed class StartingWorkHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>A client "went through" employment case management when a placement ended at most this many days before.</summary>
    public const int WentThroughDays = 28;

    private static readonly CaseManagementService[] Employment = CaseManagementServices.All.Where(s => s.IsEmployment()).ToArray();

    public async Task<Outcome<ClientStartingWork>> GetAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var starts = await db.WorkStarts.AsNoTracking().Where(w => w.ClientId == id).OrderByDescending(w => w.StartedOn).ToListAsync(ct);
        var supports = (await db.WorkStartSupports.AsNoTracking().Where(s => s.ClientId == id).ToListAsync(ct)).ToLookup(s => s.WorkStartId);
        var earnings = await db.PartTimeEarnings.AsNoTracking().Where(e => e.ClientId == id).OrderByDescending(e => e.FromOn).ToListAsync(ct);
        audit.Add(AuditAction.Read, "StartingWork", null, id, $"{starts.Count} work start(s), {earnings.Count} part-time earnings read", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new ClientStartingWork(id.Value, starts.Select(w => View(w, supports[w.Id])).ToList(), earnings.Select(View).ToList(),
            Enum.GetValues<SustainableEmploymentSupport>().Select(s => new SupportOption(s.ToString(), s.DisplayName())).ToList(), StartingWorkRules.DefaultFollowUpWorkingDays);
    }

    public async Task<Outcome<WorkStartView>> RecordWorkStartAsync(ClientId id, WorkStartInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var problems = new Dictionary<string, string[]>();
        Date(problems, "startedOn", input.StartedOn, today);
        if (string.IsNullOrWhiteSpace(input.EmployerName) || input.EmployerName.Trim().Length > StartingWorkRules.MaxEmployerName)
        {
            problems["employerName"] = [$"Name the employer (up to {StartingWorkRules.MaxEmployerName} characters)."];
        }

        if (input.HoursPerWeek is not { } hours || hours <= 0 || hours > StartingWorkRules.MaxHoursPerWeek)
        {
            problems["hoursPerWeek"] = [$"Hours a week are more than 0 and at most {StartingWorkRules.MaxHoursPerWeek}."];
        }

        if (input.WeeklyPay is { } pay && (pay < 0 || pay > StartingWorkRules.MaxWeeklyAmount || decimal.Round(pay, 2) != pay))
        {
            problems["weeklyPay"] = [$"Weekly pay is NZD from 0 to {StartingWorkRules.MaxWeeklyAmount:N0}, in cents at most; leave it out if not known."];
        }

        if (!Enum.TryParse<WorkHoursKind>(input.Hours, true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Hours, out _))
        {
            problems["hours"] = ["hours is fullTime or partTime."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var (caseManager, site) = await AttributionAsync(id, input.StartedOn!.Value, ct);
        var start = new WorkStart(Guid.CreateVersion7(), id, input.StartedOn.Value, input.EmployerName!, input.HoursPerWeek!.Value, input.WeeklyPay, kind, caseManager, site, staff.Id, clock.GetUtcNow());
        db.WorkStarts.Add(start);
        audit.Add(AuditAction.Create, "WorkStart", start.Id.ToString(), id, $"Exit into work recorded: {start.EmployerName}, {start.HoursPerWeek} hours a week", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return View(start, []);
    }

    public async Task<Outcome<PartTimeEarningView>> RecordEarningsAsync(ClientId id, PartTimeEarningInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = new Dictionary<string, string[]>();
        if (input.WeeklyAmount is not { } amount || amount <= 0 || amount > StartingWorkRules.MaxWeeklyAmount || decimal.Round(amount, 2) != amount)
        {
            problems["weeklyAmount"] = [$"The earnings are NZD a week, more than 0 and at most {StartingWorkRules.MaxWeeklyAmount:N0}, in cents at most."];
        }

        Date(problems, "fromOn", input.FromOn, DateDisplay.TodayInAuckland(clock));
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var (caseManager, site) = await AttributionAsync(id, input.FromOn!.Value, ct);
        var earning = new PartTimeEarning(Guid.CreateVersion7(), id, input.WeeklyAmount!.Value, input.FromOn.Value, caseManager, site, staff.Id, clock.GetUtcNow());
        db.PartTimeEarnings.Add(earning);
        audit.Add(AuditAction.Create, "PartTimeEarning", earning.Id.ToString(), id, $"Part-time earnings declared: {earning.WeeklyAmount} NZD a week", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return View(earning);
    }

    public async Task<Outcome<WorkStartView>> RecordSupportAsync(ClientId id, Guid workStartId, WorkSupportInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var start = await db.WorkStarts.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workStartId && w.ClientId == id, ct);
        if (start is null)
        {
            return Failure.NotFound($"Client {id.Value} has no work start {workStartId}.", "Work start not found");
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var problems = new Dictionary<string, string[]>();
        if (!Enum.TryParse<SustainableEmploymentSupport>(input.Support, true, out var support) || !Enum.IsDefined(support) || int.TryParse(input.Support, out _))
        {
            problems["support"] = ["Unknown support: use one of " + string.Join(", ", Enum.GetNames<SustainableEmploymentSupport>()) + " (002, R-065)."];
        }

        if (!Enum.TryParse<SupportDecision>(input.Decision, true, out var decision) || !Enum.IsDefined(decision) || int.TryParse(input.Decision, out _))
        {
            problems["decision"] = ["decision is offered, agreed or declined."];
        }

        if (input.DecidedOn is not { } decidedOn || PlausibleDates.WhyNotHappened(decidedOn, today) is not null)
        {
            problems["decidedOn"] = ["The date of the decision: today or within the last two years."];
        }
        else if (input.FollowUpDueOn is { } due && (due < decidedOn || PlausibleDates.WhyNotPlanned(due, today) is not null))
        {
            problems["followUpDueOn"] = ["The follow-up is due on or after the decision, up to three years ahead."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var district = await db.Sites.AsNoTracking().Where(s => s.Id == start.SiteId).Select(s => (AnniversaryDistrict?)s.District).FirstOrDefaultAsync(ct);
        var followUp = input.FollowUpDueOn ?? StartingWorkRules.DefaultFollowUp(support, input.DecidedOn!.Value, district);
        var existing = await db.WorkStartSupports.SingleOrDefaultAsync(s => s.WorkStartId == workStartId && s.Support == support, ct);
        if (existing is null)
        {
            db.WorkStartSupports.Add(new WorkStartSupport(Guid.CreateVersion7(), workStartId, id, support, decision, input.DecidedOn!.Value, followUp, staff.Id, clock.GetUtcNow()));
        }
        else
        {
            existing.Decide(decision, input.DecidedOn!.Value, followUp, staff.Id, clock.GetUtcNow());
        }

        audit.Add(AuditAction.Update, "WorkStart", workStartId.ToString(), id, $"{support.DisplayName()}: {decision.ToString().ToLowerInvariant()} (R-065), follow-up due {followUp:yyyy-MM-dd}", check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(WorkStartSupportConfiguration.OnePerSupport))
        {
            return Failure.Conflict(new DomainError("R-065", "Someone else recorded this support just now: read it again."), "Support already recorded");
        }

        var supports = await db.WorkStartSupports.AsNoTracking().Where(s => s.WorkStartId == workStartId).ToListAsync(ct);
        return View(start, supports);
    }

    /// <summary>The case manager and site of the client's employment case management at the date (or just before it), else their home site.</summary>
    private async Task<(StaffId? CaseManager, SiteId Site)> AttributionAsync(ClientId id, DateOnly on, CancellationToken ct)
    {
        var since = on.AddDays(-WentThroughDays);
        var placement = await db.Placements.AsNoTracking()
            .Where(p => p.ClientId == id && Employment.Contains(p.Service) && p.StartedOn <= on && (p.EndedOn == null || p.EndedOn >= since))
            .OrderByDescending(p => p.StartedAt).Select(p => new { p.CaseManagerId, p.SiteId }).FirstOrDefaultAsync(ct);
        if (placement is not null)
        {
            return (placement.CaseManagerId, placement.SiteId);
        }

        return (null, await db.Clients.AsNoTracking().Where(c => c.Id == id).Select(c => c.HomeSiteId).SingleAsync(ct));
    }

    private static void Date(Dictionary<string, string[]> problems, string field, DateOnly? date, DateOnly today)
    {
        if (date is not { } value)
        {
            problems[field] = ["Give the date (yyyy-mm-dd)."];
        }
        else if (StartingWorkRules.WhyNotStartDate(value, today) is { } problem)
        {
            problems[field] = [problem];
        }
    }

    internal static WorkStartView View(WorkStart w, IEnumerable<WorkStartSupport> supports) =>
        new(w.Id, w.ClientId.Value, w.StartedOn, w.EmployerName, w.HoursPerWeek, w.Hours == WorkHoursKind.FullTime ? "fullTime" : "partTime", w.WeeklyPay, w.CaseManagerId?.Value, w.SiteId.Value,
            supports.OrderBy(s => s.Support).Select(s => new WorkSupportView(s.Support.ToString(), s.Support.DisplayName(), s.Decision.ToString().ToLowerInvariant(), s.DecidedOn, s.FollowUpDueOn)).ToList());

    internal static PartTimeEarningView View(PartTimeEarning e) => new(e.Id, e.ClientId.Value, e.WeeklyAmount, e.FromOn, e.CaseManagerId?.Value, e.SiteId.Value);
}
