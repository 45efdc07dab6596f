using System.ComponentModel.DataAnnotations;
using Tautoko.Core.DiscretionaryFund;

namespace Tautoko.Web.Features.DiscretionaryFund;

/// <summary>A request to the ICS discretionary fund: NZD amount, purpose, what it pays for; over $500 the manager who approves .</summary>
public sealed record GrantInput([Required] decimal? Amount, [Required] DiscretionaryFundPurpose? Purpose, [Required] string? Detail, Guid? ApprovingManagerId);

/// <summary>The named Service Centre Manager approves or declines a request over $500, with the version read.</summary>
public sealed record GrantDecisionInput([Required] bool? Approve, string? Note, [Required] int? Version);

public sealed record PurposeOption(DiscretionaryFundPurpose Purpose, string Name, string SeedText, bool FromSeed);

public sealed record GrantView(
    Guid Id,
    Guid ClientId,
    decimal Amount,
    DiscretionaryFundPurpose Purpose,
    string PurposeName,
    string Detail,
    DiscretionaryFundStatus Status,
    bool Recoverable,
    Guid CaseManagerId,
    string CaseManager,
    string Site,
    DateTimeOffset RequestedAt,
    DateOnly? GrantedOn,
    Guid? ApprovingManagerId,
    string? ApprovingManager,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    int Version);

/// <summary>A client's discretionary fund history: what was granted, and the debt it added (always none, R-094).</summary>
public sealed record ClientFundView(Guid ClientId, IReadOnlyList<GrantView> Grants, decimal TotalGranted, decimal DebtAdded, decimal OnTheSpotLimit);

public sealed record SpendRow(string Month, Guid SiteId, string Site, Guid CaseManagerId, string CaseManager, int Grants, decimal Amount);

/// <summary>Granted spend per month, site and case manager, with totals per month and site.</summary>
public sealed record SpendView(string From, string To, IReadOnlyList<SpendRow> Rows, IReadOnlyList<SpendTotal> ByMonth, IReadOnlyList<SpendTotal> BySite, decimal Total);

public sealed record SpendTotal(string Key, string Name, int Grants, decimal Amount);
