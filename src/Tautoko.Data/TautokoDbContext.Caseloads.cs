using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Jobs;
using Tautoko.Core.Lmi1;

namespace Tautoko.Data;

/// <summary>The caseload, assignment and LMI1 tables (configurations in Configurations/CaseloadConfigurations.cs, AssignmentConfigurations.cs and Lmi1Configurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<ServiceCapacity> ServiceCapacities => Set<ServiceCapacity>();

    public DbSet<Caseload> Caseloads => Set<Caseload>();

    public DbSet<CaseloadPlacement> Placements => Set<CaseloadPlacement>();

    public DbSet<TransferRequest> TransferRequests => Set<TransferRequest>();

    public DbSet<BenefitSpell> BenefitSpells => Set<BenefitSpell>();

    public DbSet<AssignmentProposal> Proposals => Set<AssignmentProposal>();

    public DbSet<AssignmentProposalLine> ProposalLines => Set<AssignmentProposalLine>();

    public DbSet<AssignmentProposalCaseload> ProposalCaseloads => Set<AssignmentProposalCaseload>();

    public DbSet<AssignmentProposalSite> ProposalSites => Set<AssignmentProposalSite>();

    public DbSet<AssignmentPolicySettings> AssignmentPolicy => Set<AssignmentPolicySettings>();

    public DbSet<Lmi1Model> Lmi1Models => Set<Lmi1Model>();

    public DbSet<Lmi1Score> Lmi1Scores => Set<Lmi1Score>();

    public DbSet<Lmi1Settings> Lmi1Settings => Set<Lmi1Settings>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<LongJob> LongJobs => Set<LongJob>();
}
