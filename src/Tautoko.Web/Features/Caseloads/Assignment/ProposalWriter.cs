using Tautoko.Core.Assignment;
using Tautoko.Core.Audit;
using Tautoko.Data;
using Tautoko.Data.Bulk;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>Saves a solved proposal for review in one transaction: the proposal, its audit row, lines, caseloads and sites.</summary>
public sealed class ProposalWriter(TautokoDbContext db, AuditLog audit)
{
    public async Task SaveAsync(AssignmentProposal proposal, IReadOnlyList<AssignmentProposalLine> lines, IReadOnlyList<CaseloadOutcome> caseloads, IReadOnlyList<AssignmentProposalSite> sites, Actor actor, string auditText, CancellationToken ct)
    {
        await using (var transaction = await db.BeginUnitOfWorkAsync(ct))
        {
            db.Proposals.Add(proposal);
            audit.Add(actor, AuditAction.Create, "AssignmentProposal", proposal.Id.ToString(), null, auditText);
            await db.SaveChangesAsync(ct);

            // Thousands of lines at national scale: written in bulk (binary COPY on PostgreSQL), not one INSERT each.
            await BulkInsert.WriteAsync(db, lines, ct);
            await BulkInsert.WriteAsync(db, [.. caseloads.Select(o => new AssignmentProposalCaseload(proposal.Id, o))], ct);
            await BulkInsert.WriteAsync(db, sites, ct);
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
    }
}
