using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

/// <summary>The exit form: one of the five reasons (R-024) and the checklist (R-025, R-026).</summary>
public sealed record ExitInput(
    [Required] string? Reason,
    bool ObligationsFailuresAndSanctionsConsidered,
    string? MovingToService,
    bool HandOverArranged,
    bool IepActivitiesClosed,
    bool StartingWork,
    IReadOnlyList<string>? SupportsDiscussed,
    string? Notes,
    string? MustViewNote,
    bool ProactiveEngagementTried = false,
    bool ExitInterviewWithAdvice = false,
    bool PhoneBasedConsidered = false);

/// <summary>R-027: a client starts a contracted service; the rule says whether they may leave the caseload.</summary>
public sealed record ContractedServiceInput(string? Kind, int? Weeks, bool SimilarToCaseManagement, string? Provider, bool LeaveCaseload);

public sealed record ContractedServiceResult(string Advice, string Explanation, bool LeftCaseload);

/// <summary>
/// Ends a placement: exit with the checklist (writes it all to the engagement log, removes the programme
/// tag, un-tags the case manager, gives the place back), or leaving for a contracted service (R-027).
/// </summary>
public sealed class ExitHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, PlacementWriter writer, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Changed>> ExitAsync(Guid placementId, ExitInput input, CancellationToken ct)
    {
        if (!(await LoadAsync(placementId, ct)).TryGet(out var loaded, out var refusal))
        {
            return refusal;
        }

        var (placement, viaBreakGlass) = loaded;

        var problems = new Dictionary<string, string[]>();
        if (!ExitReasons.TryParse(input.Reason, out var reason))
        {
            problems["reason"] = ["Choose one of the five exit reasons: " + string.Join("; ", Enum.GetValues<ExitReason>().Select(r => r.DisplayName())) + " (R-024)."];
        }

        CaseManagementService? moving = null;
        if (!string.IsNullOrWhiteSpace(input.MovingToService))
        {
            if (Enum.TryParse<CaseManagementService>(input.MovingToService, true, out var next) && Enum.IsDefined(next))
            {
                moving = next;
            }
            else
            {
                problems["movingToService"] = ["Choose the case management service the client moves to, or none."];
            }
        }

        var supports = new List<WorkSupport>();
        foreach (var text in input.SupportsDiscussed ?? [])
        {
            if (Enum.TryParse<WorkSupport>(text, true, out var support) && Enum.IsDefined(support))
            {
                supports.Add(support);
            }
            else
            {
                problems["supportsDiscussed"] = ["Supports are TransitionToWork, RelocateForWork, FlexibleChildcareAssistance and InWorkSupportReferral."];
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        // R-026: the client's open IEP activities are closed at an exit to no further service, handed over when moving.
        var openActivities = await ExitPlans.OpenActivitiesAsync(db, placement.ClientId, ct);
        var checklist = new ExitChecklist(reason, input.ObligationsFailuresAndSanctionsConsidered, moving, input.HandOverArranged, openActivities, input.IepActivitiesClosed, input.StartingWork, supports, input.Notes, input.MustViewNote,
            input.ProactiveEngagementTried, input.ExitInterviewWithAdvice, input.PhoneBasedConsidered);
        var checklistProblems = checklist.Problems();
        if (checklistProblems.Count > 0)
        {
            return Failure.Invalid(checklistProblems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }

        var caseManager = await db.Staff.Where(s => s.Id == placement.CaseManagerId).Select(s => s.FirstName + " " + s.LastName).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var actor = Actor.From(me);
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        placement.Exit(checklist, me.Id, now, DateDisplay.TodayInAuckland(clock));
        var planActivities = moving is { } to
            ? await ExitPlans.HandOverAsync(db, audit, placement.ClientId, to.DisplayName(), me.Id, now, viaBreakGlass, ct)
            : await ExitPlans.CloseAsync(db, audit, placement.ClientId, reason.DisplayName(), me.Id, DateDisplay.TodayInAuckland(clock), now, viaBreakGlass, ct);
        if ((planActivities ?? 0) != openActivities)
        {
            return ExitPlans.Changed(db);
        }

        await writer.CloseAsync(placement, actor, checklist.EngagementText(caseManager, placement.Service, placement.Service.ShortName()), $"Exit: {reason.DisplayName()}", viaBreakGlass, ct);
        if (!string.IsNullOrWhiteSpace(input.MustViewNote))
        {
            // R-026: optionally a must-view note, for when the client makes representation later.
            db.MustViewNotes.Add(new MustViewNote(Guid.CreateVersion7(), placement.ClientId, input.MustViewNote, me.Id, now, null));
        }

        await CapacityGuard.ReleaseAsync(db, placement.CaseManagerId, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ExitPlans.Changed(db);
        }

        await transaction.CommitAsync(ct);
        return new Changed(placement.Id, $"Exited from {caseManager}'s caseload: {reason.DisplayName()}. {checklist.IepText().TrimStart('-', ' ')}");
    }

    public async Task<Outcome<(Changed Change, ContractedServiceResult Result)>> ContractedServiceAsync(Guid placementId, ContractedServiceInput input, CancellationToken ct)
    {
        if (!(await LoadAsync(placementId, ct)).TryGet(out var loaded, out var refusal))
        {
            return refusal;
        }

        var (placement, viaBreakGlass) = loaded;

        var problems = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ContractedServiceKind>(input.Kind, true, out var kind) || !Enum.IsDefined(kind))
        {
            problems["kind"] = ["Choose EmploymentPlacement, WorkReadiness, SkillsForIndustry or ShortCourse."];
        }

        if (input.Weeks is not { } weeks || weeks is < 1 or > 260)
        {
            problems["weeks"] = ["How many weeks the service runs (1–260)."];
            weeks = 0;
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        // R-027: over 4 weeks and similar to case management: may leave; a short course: may stay.
        var advice = ContractedServiceRule.Advise(kind, weeks, input.SimilarToCaseManagement);
        if (input.LeaveCaseload && advice == ContractedServiceAdvice.MayStayOnCaseload)
        {
            return Failure.Broken(new DomainError("R-027", ContractedServiceRule.Explain(advice) + " It is not a reason to leave the caseload; use the exit form if another reason applies."));
        }

        var now = clock.GetUtcNow();
        var provider = string.IsNullOrWhiteSpace(input.Provider) ? string.Empty : $" with {input.Provider.Trim()}";
        var text = $"Started a contracted service{provider}: {kind.DisplayName()}, {weeks} weeks, {(input.SimilarToCaseManagement ? "similar" : "not similar")} to case management. {ContractedServiceRule.Explain(advice)}";
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        if (input.LeaveCaseload)
        {
            placement.EndForContractedService(me.Id, now, DateDisplay.TodayInAuckland(clock), text);
            await writer.CloseAsync(placement, Actor.From(me), text + " The client leaves the caseload and is not re-assigned automatically afterwards.", "Left for a contracted service (R-027)", viaBreakGlass, ct);
            await CapacityGuard.ReleaseAsync(db, placement.CaseManagerId, now, ct);
        }
        else
        {
            db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), placement.ClientId, me.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information, text + " The client stays on the caseload.", null));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var result = new ContractedServiceResult(advice.ToString(), ContractedServiceRule.Explain(advice), input.LeaveCaseload);
        return (new Changed(placement.Id, input.LeaveCaseload ? "The client left the caseload for the contracted service." : "Recorded; the client stays on the caseload."), result);
    }

    private async Task<Outcome<(CaseloadPlacement Placement, bool ViaBreakGlass)>> LoadAsync(Guid placementId, CancellationToken ct)
    {
        var placement = await db.Placements.SingleOrDefaultAsync(p => p.Id == placementId, ct);
        if (placement is null)
        {
            return Failure.NotFound("There is no such placement.");
        }

        var check = await access.CheckAsync(placement.ClientId, ClientOperation.ManageTags, ct);
        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, placement.ClientId.Value);
        }

        var viewer = me.Viewer;
        var mayEnd = viewer.StaffId == placement.CaseManagerId || CaseloadScope.MayAssign(viewer) && (viewer.Role == Core.Staff.StaffRole.NationalOffice || viewer.SiteId == placement.SiteId);
        if (!mayEnd)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "The client's case manager, or a manager or connector of the caseload's site, ends a placement."), placement.ClientId.Value);
        }

        if (!placement.IsOpen)
        {
            return CaseloadFailures.Conflict("placement-ended", "The client has already left this caseload.");
        }

        return (placement, check.ViaBreakGlass);
    }
}
