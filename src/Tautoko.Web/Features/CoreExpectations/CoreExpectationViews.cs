namespace Tautoko.Web.Features.CoreExpectations;

/// <summary>One expectation for one client: met, missing or not available, and where to fix a gap.</summary>
/// <param name="Expectation">The expectation's key (camelCase of <see cref="Core.Employment.CoreExpectation"/>).</param>
/// <param name="Title">The seed's words.</param>
/// <param name="Status">met, missing or notAvailable (not counted).</param>
/// <param name="Detail">What the records show.</param>
/// <param name="FixUrl">The page that fixes a gap; null when met or nothing can be done here.</param>
/// <param name="Citation">Where in seed 002 it comes from.</param>
public sealed record ExpectationView(string Expectation, string Title, string Status, string Detail, string? FixUrl, string Citation);

/// <summary>A client's core-expectations check.</summary>
public sealed record ClientExpectationsView(
    Guid ClientId, string ClientName, string ClientNumber, string Obligation, int Met, int Counted, decimal Score, IReadOnlyList<ExpectationView> Expectations);

/// <summary>A caseload's check: the caseload score and every client, worst first.</summary>
public sealed record CaseloadExpectationsView(
    Guid CaseManagerId, string CaseManager, string Site, int Clients, int Met, int Counted, decimal Score,
    IReadOnlyDictionary<string, int> MissingByExpectation, IReadOnlyList<ClientExpectationsView> ClientChecks);

/// <summary>One case manager's line in a site comparison.</summary>
public sealed record CaseManagerScore(Guid CaseManagerId, string CaseManager, int Clients, int Met, int Counted, decimal Score, IReadOnlyDictionary<string, int> MissingByExpectation);

/// <summary>A site's case managers compared on the core-expectations score, lowest first.</summary>
public sealed record SiteExpectationsView(Guid SiteId, string Site, int Clients, int Met, int Counted, decimal Score, IReadOnlyList<CaseManagerScore> CaseManagers);
