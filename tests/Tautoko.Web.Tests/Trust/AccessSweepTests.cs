using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Web.Platform;
using Tautoko.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// Item 1 and 2 of the trust checks (R-120, R-122). Every API route and page of the host, found in its endpoint data
/// source, must have a row in <see cref="AccessExpectations.Table"/> and declare whether it reads client information;
/// unauthenticated requests get 401 (pages: the sign-in redirect) except sign-in, health and the OpenAPI document; and
/// every demo role against a client of its own site, another site, another region and a restricted record gets what the
/// table says, with exactly one audit row for every read of client information, allowed or refused.
/// </summary>
[Collection(TrustServer.Collection)]
public sealed partial class AccessSweepTests(TrustServer server, ITestOutputHelper output)
{
    private static readonly HashSet<string> ScopeRules = ["scope", "role", "R-122", "R-120"];

    [Fact]
    public void EveryRoute_HasARowInTheTable_AndDeclaresWhetherItReadsClientInformation()
    {
        var routes = Routes();
        var missingRows = routes.Keys.Where(k => !AccessExpectations.Table.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var staleRows = AccessExpectations.Table.Keys.Where(k => !routes.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var undeclared = routes.Where(r => r.Value.Metadata.GetMetadata<IClientInformationDeclaration>() is null).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        var declared = routes.Count(r => r.Value.Metadata.GetMetadata<IClientInformationDeclaration>()?.ReadsClientInformation == true);
        output.WriteLine($"routes: {routes.Count} ({routes.Keys.Count(k => k.StartsWith("PAGE ", StringComparison.Ordinal))} pages); declared reading client information: {declared}; without a row: {missingRows.Count}; rows without a route: {staleRows.Count}; undeclared: {undeclared.Count}");
        Assert.True(missingRows.Count == 0, "Routes with no row in AccessExpectations.Table (add one):\n" + string.Join('\n', missingRows));
        Assert.True(staleRows.Count == 0, "Rows of AccessExpectations.Table for routes the host does not have:\n" + string.Join('\n', staleRows));
        Assert.True(undeclared.Count == 0, "Routes that do not declare .ReadsClientInformation() / .ReadsNoClientInformation() (pages: the attribute):\n" + string.Join('\n', undeclared));
    }

    [Fact]
    public async Task Unauthenticated_Gets401OrTheSignInRedirect_EverywhereButSignInHealthAndOpenApi()
    {
        var world = await WorldAsync();
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var (key, endpoint) in Routes())
        {
            var row = AccessExpectations.Table.GetValueOrDefault(key);
            var path = row?.Path is { } sample ? Fill(sample, world.Targets[0]) : Synthesise(endpoint);
            var method = key[..key.IndexOf(' ', StringComparison.Ordinal)] is var m && m is "PAGE" or "ANY" ? "GET" : m;
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await server.Http.SendAsync(request);
            checkedCount++;
            var status = (int)response.StatusCode;
            var toSignIn = status is 302 && response.Headers.Location?.OriginalString.Contains("/signin", StringComparison.OrdinalIgnoreCase) == true;
            var anonymous = row?.Anonymous == true;
            var ok = anonymous ? status != 401 && !toSignIn && status < 500
                : key.StartsWith("PAGE ", StringComparison.Ordinal) ? toSignIn
                : status == 401;
            if (!ok)
            {
                wrong.Add($"{method} {path} ({key}) anonymously: {status} {response.Headers.Location}");
            }
        }

        output.WriteLine($"unauthenticated requests: {checkedCount}; wrong: {wrong.Count}");
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task EveryRoleAndTarget_GetsWhatTheTableSays_AndEveryClientReadIsAuditedOnce()
    {
        var world = await WorldAsync();
        var routes = Routes();
        var cells = 0;
        var unexpectedAllows = new List<string>();
        var unexpectedDenies = new List<string>();
        var serverErrors = new List<string>();
        var auditWrong = new List<string>();
        int auditChecked = 0, missing = 0, extra = 0;
        var declaredReads = routes.Where(r => r.Value.Metadata.GetMetadata<IClientInformationDeclaration>()?.ReadsClientInformation == true).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var swept = AccessExpectations.Table.Values.Where(r => r.Path is not null && r.Allowed is not null && !r.Anonymous)
            .OrderBy(r => r.IsRead ? 0 : 1).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

        foreach (var account in world.Accounts)
        {
            var api = await server.AsAsync(account.Slug);
            using var pages = await server.PagesAsAsync(account.Slug);
            foreach (var row in swept)
            {
                foreach (var target in row.PerTarget ? world.Targets : [world.Targets[0]])
                {
                    var path = Fill(row.Path!, target);
                    var before = await SweepWorld.LastAuditRowAsync(server);
                    using var response = row.IsPage ? await pages.GetRawAsync(path) : await SendAsync(api, row, path, target);
                    cells++;
                    var status = (int)response.StatusCode;
                    var cell = $"{row.Key} as {account} on {target} ({path}): {status}";
                    if (status >= 500)
                    {
                        serverErrors.Add(cell);
                        continue;
                    }

                    var (allowed, refused) = await ClassifyAsync(row, response);
                    var expected = row.Allowed!(account, target);
                    if (allowed && !expected)
                    {
                        unexpectedAllows.Add(cell);
                    }
                    else if (!allowed && expected)
                    {
                        unexpectedDenies.Add(cell);
                    }

                    if (declaredReads.Contains(row.Key) && (allowed && status < 300 || refused))
                    {
                        auditChecked++;
                        var rows = await SweepWorld.AuditRowsAsync(server, account.StaffId, before);
                        var wanted = row.IsRead || refused ? rows == 1 : rows >= 1;
                        if (!wanted)
                        {
                            missing += rows == 0 ? 1 : 0;
                            extra += rows > 1 && (row.IsRead || refused) ? rows - 1 : 0;
                            auditWrong.Add($"{cell}: {rows} audit rows");
                        }
                    }
                }
            }
        }

        output.WriteLine($"accounts: {world.Accounts.Count}; targets: {string.Join(", ", world.Targets.Select(t => t.Kind))}; rows swept by role: {swept.Count} of {AccessExpectations.Table.Count}");
        output.WriteLine($"cells checked: {cells}; unexpected allows: {unexpectedAllows.Count}; unexpected denies: {unexpectedDenies.Count}; 5xx: {serverErrors.Count}");
        output.WriteLine($"routes declared reading client information: {declaredReads.Count}; reads checked for audit: {auditChecked}; audit rows missing: {missing}; extra: {extra}");
        output.WriteLine("placeholders filled with a random id (no such entity in the demo data): " + (world.Unresolved.Count == 0 ? "none" : string.Join(", ", world.Unresolved)));
        foreach (var deny in unexpectedDenies)
        {
            output.WriteLine("unexpected deny: " + deny);
        }

        Assert.True(serverErrors.Count == 0, "5xx:\n" + string.Join('\n', serverErrors));
        Assert.True(unexpectedAllows.Count == 0, "Unexpected allows (a hole, or a wrong row in AccessExpectations):\n" + string.Join('\n', unexpectedAllows));
        Assert.True(auditWrong.Count == 0, "R-120: reads of client information with the wrong number of audit rows:\n" + string.Join('\n', auditWrong));
    }

    private Task<SweepWorld> WorldAsync() => server.OnceAsync("sweep-world", () => SweepWorld.LoadAsync(server));

    private static Task<HttpResponseMessage> SendAsync(ApiClient api, RouteExpectation row, string path, SweepTarget target)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), path);
        if (row.Body is { } body)
        {
            request.Content = JsonContent.Create(body(target));
        }

        return api.SendAsync(request);
    }

    /// <summary>Allowed: the request passed authorization (2xx, or a 4xx about the input or a rule). Refused: 403 (pages: 403).</summary>
    private static async Task<(bool Allowed, bool Refused)> ClassifyAsync(RouteExpectation row, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is 401 or 403 or 404)
        {
            return (false, status == 403);
        }

        if (row.IsPage && status is 302)
        {
            // A role policy refuses a page by sending it to the error page (the cookie's access-denied path).
            var to = response.Headers.Location?.OriginalString ?? string.Empty;
            var denied = to.Contains("/Error", StringComparison.Ordinal);
            return (!denied && !to.Contains("/signin", StringComparison.OrdinalIgnoreCase), denied);
        }

        if (status == 422)
        {
            var rule = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["rule"]?.GetValue<string>();
            return (rule is null || !ScopeRules.Contains(rule), false);
        }

        return (true, false);
    }

    private static string Fill(string sample, SweepTarget target) =>
        Placeholder().Replace(sample, m => target.Ids.TryGetValue(m.Groups[1].Value, out var id) ? id : m.Value);

    /// <summary>A request path for a route with no sample: each parameter filled with a value its constraint accepts.</summary>
    private static string Synthesise(RouteEndpoint endpoint)
    {
        var raw = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        return Parameter().Replace(raw, m => m.Value switch
        {
            var p when p.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            var p when p.Contains(":int", StringComparison.Ordinal) => "0",
            var p when p.Contains("regions|national", StringComparison.Ordinal) => "national",
            "{documentName}" => "v1",
            _ => "x",
        });
    }

    /// <summary>The host's routes keyed "METHOD pattern" ("PAGE pattern" for Razor pages).</summary>
    private Dictionary<string, RouteEndpoint> Routes()
    {
        var source = server.Services.GetRequiredService<EndpointDataSource>();
        var routes = new Dictionary<string, RouteEndpoint>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (pattern.Length > 1)
            {
                pattern = pattern.TrimEnd('/');
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                routes["PAGE " + pattern] = endpoint;
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
            {
                routes[$"{method} {pattern}"] = endpoint;
            }
        }

        return routes;
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
