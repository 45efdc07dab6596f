using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Lmi1;

namespace Tautoko.Data;

/// <summary>The caseload, assignment and LMI1 tables (their configurations are applied with the others).</summary>
public static class CaseloadSets
{
    public static DbSet<ServiceCapacity> ServiceCapacities(this TautokoDbContext db) => db.Set<ServiceCapacity>();

    public static DbSet<Caseload> Caseloads(this TautokoDbContext db) => db.Set<Caseload>();

    public static DbSet<CaseloadPlacement> Placements(this TautokoDbContext db) => db.Set<CaseloadPlacement>();

    public static DbSet<TransferRequest> TransferRequests(this TautokoDbContext db) => db.Set<TransferRequest>();

    public static DbSet<BenefitSpell> BenefitSpells(this TautokoDbContext db) => db.Set<BenefitSpell>();

    public static DbSet<AssignmentProposal> Proposals(this TautokoDbContext db) => db.Set<AssignmentProposal>();

    public static DbSet<AssignmentProposalLine> ProposalLines(this TautokoDbContext db) => db.Set<AssignmentProposalLine>();

    public static DbSet<AssignmentProposalCaseload> ProposalCaseloads(this TautokoDbContext db) => db.Set<AssignmentProposalCaseload>();

    public static DbSet<AssignmentProposalSite> ProposalSites(this TautokoDbContext db) => db.Set<AssignmentProposalSite>();

    public static DbSet<AssignmentPolicySettings> AssignmentPolicy(this TautokoDbContext db) => db.Set<AssignmentPolicySettings>();

    public static DbSet<Lmi1Model> Lmi1Models(this TautokoDbContext db) => db.Set<Lmi1Model>();

    public static DbSet<Lmi1Score> Lmi1Scores(this TautokoDbContext db) => db.Set<Lmi1Score>();

    public static DbSet<Lmi1Settings> Lmi1Settings(this TautokoDbContext db) => db.Set<Lmi1Settings>();

    public static DbSet<JobRun> JobRuns(this TautokoDbContext db) => db.Set<JobRun>();
}
