using System.Text.Json;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;

using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Assignment;

public sealed record WhatIfInput(Dictionary<string, int>? Capacities, IReadOnlyList<Guid>? OnLeave, CohortMix? Mix, AssignmentWeights? Weights);

/// <summary>
/// <c>POST /api/assignment/proposals</c>: <c>{ "scope": "site"|"region"|"national", "id": … }</c>, optionally with what-ifs;
/// or <c>{ "scope": "trial", "id": trialId, "siteId": … }</c> for a randomised trial's treatment clients (of one site when given).
/// </summary>
public sealed record ProposalInput(string? Scope, Guid? Id, WhatIfInput? WhatIf, Guid? SiteId = null);

public sealed record StageTimes(double LoadMs, double BuildMs, double SolverMs, double DecomposeMs, double ExplainMs, double SaveMs, double TotalMs, int Nodes, int Arcs, int Groups);

/// <summary>The figures of a run, kept with the proposal and shown beside it.</summary>
public sealed record ProposalFigures(
    IReadOnlyDictionary<string, int> Reasons,
    int Eligible,
    int Reachable,
    int Placed,
    int NoFreePlace,
    int Outranked,
    WaitingSummary Waiting,
    IReadOnlyDictionary<string, WaitingSummary> WaitingByCohort,
    IReadOnlyList<int> AddedByCohort,
    IReadOnlyList<double> SharesAfter,
    double MeanMixDistance,
    double MaxMixDistance,
    int Overshoot,
    IReadOnlyList<string> ExcludedCaseManagers,
    IReadOnlyList<string> Implications,
    StageTimes Times);

public sealed record CaseloadMixView(
    Guid StaffId,
    string CaseManager,
    string Site,
    string Service,
    int Capacity,
    int FilledBefore,
    int Added,
    int FilledAfter,
    IReadOnlyList<int> Targets,
    IReadOnlyList<int> After,
    IReadOnlyList<double> SharesAfter,
    double MixDistance,
    int Overshoot);

public sealed record ProposalView(
    Guid Id,
    ProposalScope Scope,
    Guid? ScopeId,
    string ScopeName,
    ProposalStatus Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    AssignmentPolicy Policy,
    string WhatIf,
    WhatIf WhatIfDetail,
    bool Applicable,
    long Objective,
    int ClientsInScope,
    int Candidates,
    int FreePlacesBefore,
    int Proposed,
    int Applied,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectedReason,
    ProposalFigures Figures,
    IReadOnlyList<CaseloadMixView> Caseloads);

public sealed record ProposalLineView(
    Guid Id,
    Guid ClientId,
    string ClientNumber,
    string Client,
    Guid CaseManagerId,
    string CaseManager,
    string Site,
    string Service,
    string? Cohort,
    int WaitedDays,
    bool AwayFromHome,
    string Explanation,
    LineOrigin Origin,
    bool Withdrawn,
    string? OverriddenBy,
    string? OverrideReason);

public sealed record ClientExplanation(Guid ClientId, string Client, string ClientNumber, string Outcome, string Explanation, Guid? LineId);

public sealed record ApplyResult(Guid ProposalId, int Placements, bool AlreadyApplied, string Message);

public sealed record OverrideInput(string? Action, Guid? LineId, Guid? ClientId, Guid? CaseManagerId, string? Reason);

public sealed record ComparisonRow(string Measure, string A, string B);

public sealed record ProposalComparison(ProposalView A, ProposalView B, IReadOnlyList<ComparisonRow> Rows, int OnlyInA, int OnlyInB, int DifferentCaseManager, int Same, IReadOnlyList<string> Examples);

/// <summary>The JSON kept in a proposal's Policy, WhatIf and Summary columns.</summary>
public static class ProposalJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        JsonSetup.Configure(options);
        return options;
    }
}
