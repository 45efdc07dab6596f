using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.Common;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

/// <summary>
/// R-079: the contact centre's five-step process for a case-managed client (002, "CSR process for Employment
/// and Phone-Based"), on a verified call (R-077, R-078): starting it and reading it. The steps are
/// <see cref="FlowStepsHandler"/>'s.
/// </summary>
public sealed class CaseManagedFlowHandler(
    TautokoDbContext db,
    CallsHandler calls,
    HighHardshipReferrals referrals,
    FlowViews views,
    CurrentStaff staff,
    AuditLog audit,
    TimeProvider clock,
    ILogger<CaseManagedFlowHandler> logger)
{
    public async Task<Outcome<FlowView>> StartAsync(Guid callId, StartFlowInput input, CancellationToken ct)
    {
        var loaded = await calls.LoadAsync(callId, tracked: false, ct);
        if (!loaded.TryGet(out var call, out var failure))
        {
            return failure;
        }

        if (CaseManagedCallFlow.MayStartOn(call) is { } unverified)
        {
            return Failure.Broken(unverified);
        }

        var existing = await db.CaseManagedCallFlows.AsNoTracking().Where(f => f.CallId == callId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return await GetAsync(id, ct);
        }

        // the case manager is the one whose caseload holds the client's open placement.
        if (await referrals.CaseManagerAsync(call.ClientId, ct) is not { } caseManager)
        {
            return Failure.Broken(CaseManagedCallFlow.NoCaseManager);
        }

        CaseManagedCallFlow flow;
        try
        {
            flow = new CaseManagedCallFlow(Guid.CreateVersion7(), callId, call.ClientId, staff.Id, caseManager.CaseManagerId, input.ReasonForCall ?? string.Empty, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return Failure.Invalid("reasonForCall", ex.Error.Message);
        }

        db.CaseManagedCallFlows.Add(flow);
        audit.Add(AuditAction.Create, "CaseManagedCallFlow", flow.Id.ToString(), call.ClientId, "Contact-centre process for a case-managed client started");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Case-managed call flow {FlowId} started on call {CallId}", flow.Id, callId);
        return await views.ViewAsync(flow, null, null, ct);
    }

    public async Task<Outcome<FlowView>> GetAsync(Guid id, CancellationToken ct)
    {
        var flow = await db.CaseManagedCallFlows.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (flow is null)
        {
            return CallFailure.NoFlow(id);
        }

        if (flow.StaffId != staff.Id && staff.Role != StaffRole.NationalOffice)
        {
            return CallFailure.FlowNotYours;
        }

        return await views.ViewAsync(flow, null, null, ct);
    }

    public async Task<Outcome<Guid?>> ForCallAsync(Guid callId, CancellationToken ct) =>
        (await calls.LoadAsync(callId, tracked: false, ct)).IsDone
            ? Outcome.Done(await db.CaseManagedCallFlows.AsNoTracking().Where(f => f.CallId == callId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct))
            : Failure.NotFound($"There is no call {callId} of yours.");
}
