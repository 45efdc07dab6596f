using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Applications;

/// <summary>Records hardship applications and reads them; every read is audited .</summary>
public sealed class ApplicationsHandler(TautokoDbContext db, ClientAccess access, CurrentStaff staff, AuditLog audit, IHighHardshipRouting highHardship, TimeProvider clock)
{
    public static Dictionary<string, string[]> Validate(ApplicationInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Need is not { } need || !Enum.IsDefined(need))
        {
            problems["need"] = ["Choose the need: food, an essential household item group, or other (a supplementary assistance category)."];
        }
        else if (need == HardshipNeed.Other && input.Category is null)
        {
            problems["category"] = ["Choose the supplementary assistance category (R-090)."];
        }
        else if (need != HardshipNeed.Other && input.Category is not null)
        {
            problems["category"] = ["A category goes only with the need 'other' (supplementary assistance)."];
        }

        if (input.Category is { } category && !Enum.IsDefined(category))
        {
            problems["category"] = ["Choose one of the supplementary assistance categories."];
        }

        if (HardshipMoney.WhyNot(input.AmountAsked) is { } money)
        {
            problems["amountAsked"] = [money];
        }

        if (input.Channel is { } channel && !Enum.IsDefined(channel))
        {
            problems["channel"] = ["Choose how the application came in."];
        }

        if (string.IsNullOrWhiteSpace(input.Detail) || input.Detail.Trim().Length > HardshipApplication.MaxDetailLength)
        {
            problems["detail"] = [$"Describe the need in at most {HardshipApplication.MaxDetailLength} characters."];
        }

        return problems;
    }

    public async Task<Outcome<ApplicationRecorded>> CreateAsync(ClientId clientId, ApplicationInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ApplyForHardship, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var problems = Validate(input);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId, ct);
        if (input.ByAgent == true && client.Agent is null)
        {
            problems["byAgent"] = ["The client has no agent on record; add the agent to the client's record first."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var application = new HardshipApplication(Guid.CreateVersion7(), clientId, input.ByAgent == true ? client.Agent!.FullName : null, input.Need!.Value, input.Category,
            input.AmountAsked!.Value, input.Recoverable ?? false, input.Channel ?? ContactChannel.FaceToFace, input.Detail!, staff.Id, now);
        db.HardshipApplications.Add(application);
        var need = HardshipText.NeedName(application.Need, application.Category);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, staff.Id, now, now, Engagement(application.Channel), EngagementOutcome.Contact,
            $"Hardship application{(application.AgentName is { } agent ? $" by the client's agent {agent}" : string.Empty)}: {need}, {HardshipMoney.Format(application.AmountAsked)}{(application.Recoverable ? " (recoverable)" : string.Empty)}. {application.Detail}", null));
        // the application counts towards the client's hardship requests in the year; at 31 the client is referred or booked.
        var high = await highHardship.RouteAsync(clientId, staff.Id, $"Hardship application: {need}.", ct);
        audit.Add(AuditAction.Create, "HardshipApplication", application.Id.ToString(), clientId, $"{need}: {HardshipMoney.Format(application.AmountAsked)}; {high.RequestsInYear} hardship requests in the year", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new ApplicationRecorded(await ViewAsync(application, ct), high);
    }

    public async Task<Outcome<Paged<ApplicationView>>> ListAsync(ClientId clientId, PageRequest page, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var query = db.HardshipApplications.AsNoTracking().Where(a => a.ClientId == clientId);
        var total = await query.CountAsync(ct);
        var applications = await query.OrderByDescending(a => a.ReceivedAt).ThenBy(a => a.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var views = await ViewsAsync(applications, ct);
        await audit.RecordAsync(AuditAction.Read, "HardshipApplications", clientId.ToString(), clientId, $"Hardship applications page {page.Page}: {views.Count} of {total}", check.ViaBreakGlass, ct);
        return Outcome.Done(new Paged<ApplicationView>(views, page.Page, page.PageSize, total));
    }

    public async Task<Outcome<ApplicationView>> GetAsync(ClientId clientId, Guid applicationId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var application = await db.HardshipApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.ClientId == clientId, ct);
        if (application is null)
        {
            return Missing(applicationId);
        }

        await audit.RecordAsync(AuditAction.Read, "HardshipApplication", application.Id.ToString(), clientId, $"Hardship application ({application.Status})", check.ViaBreakGlass, ct);
        return await ViewAsync(application, ct);
    }

    public static Failure Missing(Guid applicationId) => Failure.NotFound($"The client has no hardship application {applicationId}.", "Application not found");

    public async Task<ApplicationView> ViewAsync(HardshipApplication application, CancellationToken ct) => (await ViewsAsync([application], ct))[0];

    public async Task<IReadOnlyList<ApplicationView>> ViewsAsync(IReadOnlyList<HardshipApplication> applications, CancellationToken ct) =>
        await Views(db, applications, ct);

    public static async Task<IReadOnlyList<ApplicationView>> Views(TautokoDbContext db, IReadOnlyList<HardshipApplication> applications, CancellationToken ct)
    {
        var ids = applications.Select(a => a.Id).ToList();
        var staffIds = applications.Select(a => a.RecordedById).Concat(applications.Select(a => a.DecidedById).OfType<StaffId>()).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var reviews = await db.DecisionReviews.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToListAsync(ct);
        return [.. applications.Select(a => new ApplicationView(
            a.Id, a.ClientId.Value, a.AgentName, a.Need, a.Need.DisplayName(), a.Category, a.Category?.DisplayName(), a.AmountAsked, a.Recoverable, a.Channel, a.Detail,
            names.GetValueOrDefault(a.RecordedById, "Unknown"), a.ReceivedAt, a.Status, a.Decision, a.AmountGranted, a.DeclineReason, a.DeclineReason?.DisplayName(),
            a.DecisionNote, a.DecidedById is { } d ? names.GetValueOrDefault(d) : null, a.DecidedAt, a.GrantedByReviewId, a.Debt, a.Version,
            [.. reviews.Where(r => r.ApplicationId == a.Id).OrderBy(r => r.RequestedAt)
                .Select(r => new ReviewSummary(r.Id, r.Stage, r.Outcome, r.Outcome?.DisplayName(), r.RequestedOn, r.IsLate, r.DueOn, r.AmountGranted))]))];
    }

    public static EngagementChannel Engagement(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => EngagementChannel.Phone,
        ContactChannel.Text => EngagementChannel.Text,
        ContactChannel.Email => EngagementChannel.Email,
        ContactChannel.Letter => EngagementChannel.Letter,
        ContactChannel.Portal => EngagementChannel.Portal,
        _ => EngagementChannel.FaceToFace,
    };
}
