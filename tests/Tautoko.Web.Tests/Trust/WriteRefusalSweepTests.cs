using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Data;
using Xunit.Abstractions;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// The refusal half of the authorization matrix for state-changing routes (R-120, R-122, ADR 0002). Every row of
/// <see cref="AccessExpectations.Table"/> swept only unauthenticated (but sign-in) has an allow predicate and a well-formed
/// request in <see cref="WriteExpectations.Table"/>; every demo account sends it against the targets the predicate DENIES.
/// Each must be refused (403, or 404 where the product hides existence; a 400/422 before the access check is counted
/// apart), change nothing (row counts and version sums of every table but the audit log and job bookkeeping), and,
/// on a route that declares reading client information, write exactly one audit row for a 403. Allowed cells are not
/// sent: an allowed write would change what later cells see; the features' tests cover them.
/// </summary>
[Collection(TrustServer.Collection)]
public sealed partial class WriteRefusalSweepTests(TrustServer server, ITestOutputHelper output)
{
    private static readonly HashSet<string> ScopeRules = ["scope", "role", "R-122", "R-120", "R-007", "calendar-owner", "message-not-yours"];

    /// <summary>Tables a refused request may not change but background jobs do (or that record the request itself).</summary>
    private static readonly HashSet<string> Bookkeeping = ["auditentries", "jobruns", "jobleases", "dataprotectionkeys", "idempotentrequests", "outboxmessages"];

    [Fact]
    public void EveryStateChangingRow_HasAnAllowPredicateAndARequest()
    {
        var unswept = AccessExpectations.Table.Values.Where(r => r.Path is null && !r.Anonymous).Select(r => r.Key).ToList();
        var missing = unswept.Where(k => !WriteExpectations.Table.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var stale = WriteExpectations.Table.Keys.Where(k => !unswept.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Unswept rows of AccessExpectations with no entry in WriteExpectations (add one):\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "WriteExpectations entries for rows that are not unswept writes:\n" + string.Join('\n', stale));
    }

    [Fact]
    public async Task EveryDeniedCellOfAStateChangingRoute_IsRefused_ChangesNothing_AndIsAuditedOnce()
    {
        var world = await server.OnceAsync("sweep-world", () => SweepWorld.LoadAsync(server));
        var declared = ClientReadRoutes();
        int denied = 0, skipped = 0, refused403 = 0, hidden404 = 0, beforeAccess = 0, auditChecked = 0;
        var unexpectedAllows = new List<string>();
        var changed = new List<string>();
        var auditWrong = new List<string>();
        var other = new List<string>();
        var beforeAccessCells = new List<string>();
        var notFoundRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = WriteExpectations.Table.Values.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var snapshotSql = await SnapshotSqlAsync();

        foreach (var account in world.Accounts)
        {
            var api = await server.AsAsync(account.Slug);
            foreach (var row in rows)
            {
                foreach (var target in row.PerTarget ? world.Targets : [world.Targets[0]])
                {
                    if (row.Allowed(account, target))
                    {
                        skipped++;
                        continue;
                    }

                    denied++;
                    var path = Fill(row.Path, target);
                    var auditBefore = await SweepWorld.LastAuditRowAsync(server);
                    var before = await SnapshotAsync(snapshotSql);
                    // A page row ("PAGE /…") is fetched with GET, as a browser would.
                    using var request = new HttpRequestMessage(new HttpMethod(row.Method == "PAGE" ? "GET" : row.Method), path);
                    request.Content = row.Body is { } body ? JsonContent.Create(body(target)) : new StringContent("{}", Encoding.UTF8, "application/json");
                    using var response = await api.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync();
                    var cell = $"{row.Key} as {account} on {target} ({path}): {status}";
                    var after = await SnapshotAsync(snapshotSql);
                    var diff = before.Where(kv => after.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => $"{kv.Key} {kv.Value}→{after.GetValueOrDefault(kv.Key)}").ToList();
                    if (diff.Count > 0)
                    {
                        changed.Add($"{cell}: {string.Join(", ", diff)}");
                    }

                    var rule = status == 422 ? RuleOf(text) : null;
                    if (status == 403 || (status == 422 && rule is not null && ScopeRules.Contains(rule)))
                    {
                        refused403++;
                        if (declared.Contains(row.Key))
                        {
                            auditChecked++;
                            var audit = await SweepWorld.AuditRowsAsync(server, account.StaffId, auditBefore);
                            if (audit != 1)
                            {
                                auditWrong.Add($"{cell}: {audit} audit rows");
                            }
                        }
                    }
                    else if (status == 404)
                    {
                        hidden404++;
                        notFoundRows[row.Key] = notFoundRows.GetValueOrDefault(row.Key) + 1;
                    }
                    else if (status is 400 or 422 or 428)
                    {
                        beforeAccess++;
                        beforeAccessCells.Add($"{cell} {rule} {Snip(text)}");
                    }
                    else if (status is >= 200 and < 300 or 409)
                    {
                        unexpectedAllows.Add($"{cell} {Snip(text)}");
                    }
                    else
                    {
                        other.Add($"{cell} {Snip(text)}");
                    }
                }
            }
        }

        output.WriteLine($"write rows swept for refusals: {rows.Count(r => world.Accounts.Any(a => (r.PerTarget ? world.Targets : [world.Targets[0]]).Any(t => !r.Allowed(a, t))))} of {rows.Count} state-changing rows; accounts: {world.Accounts.Count}");
        output.WriteLine($"denied cells checked: {denied} (403 or a scope/role 422: {refused403}; 404: {hidden404}); allowed cells skipped (not sent): {skipped}");
        output.WriteLine($"unexpected allows: {unexpectedAllows.Count}; refused before the access check (400/422/428): {beforeAccess}; other answers: {other.Count}; state changed by a refused request: {changed.Count}");
        output.WriteLine($"refusals on routes declaring client information checked for one audit row: {auditChecked}; wrong: {auditWrong.Count}");
        foreach (var line in beforeAccessCells.GroupBy(c => c[..c.IndexOf(" as ", StringComparison.Ordinal)]).Select(g => $"refused before the access check: {g.Key} × {g.Count()} e.g. {g.First()}"))
        {
            output.WriteLine(line);
        }

        output.WriteLine("404 (existence hidden, or a placeholder the demo data could not fill) by row: " + string.Join("; ", notFoundRows.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} × {kv.Value}")));
        foreach (var line in changed.Take(10).Concat(auditWrong.Take(10)).Concat(other.Take(10)))
        {
            output.WriteLine("wrong: " + line);
        }

        Assert.True(unexpectedAllows.Count == 0, "Unexpected allows of a state-changing route (a hole, or a wrong predicate in WriteExpectations):\n" + string.Join('\n', unexpectedAllows));
        Assert.True(other.Count == 0, "Answers that are neither a refusal nor input errors:\n" + string.Join('\n', other));
        Assert.True(changed.Count == 0, "Refused requests that changed stored state:\n" + string.Join('\n', changed));
        Assert.True(auditWrong.Count == 0, "R-120: refused writes of client information with the wrong number of audit rows:\n" + string.Join('\n', auditWrong));
    }

    private HashSet<string> ClientReadRoutes()
    {
        var source = server.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<Tautoko.Web.Platform.IClientInformationDeclaration>()?.ReadsClientInformation != true)
            {
                continue;
            }

            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            pattern = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                keys.Add($"{method} {pattern}");
            }
        }

        return keys;
    }

    /// <summary>One statement: the row count of every table (and the sum of its Version column where it has one), bookkeeping left out.</summary>
    private async Task<string> SnapshotSqlAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var parts = new List<string>();
        foreach (var group in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).GroupBy(e => e.GetTableName()!))
        {
            if (Bookkeeping.Contains(group.Key.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant()))
            {
                continue;
            }

            var table = StoreObjectIdentifier.Table(group.Key, group.First().GetSchema());
            parts.Add($"SELECT '{group.Key}' AS k, COUNT(*) AS v FROM \"{group.Key}\"");
            var version = group.SelectMany(e => e.GetProperties()).FirstOrDefault(p => p.Name == "Version" && p.GetColumnName(table) is not null);
            if (version is not null)
            {
                parts.Add($"SELECT '{group.Key}.Version' AS k, COALESCE(SUM(\"{version.GetColumnName(table)}\"), 0) AS v FROM \"{group.Key}\"");
            }
        }

        return string.Join(" UNION ALL ", parts);
    }

    private async Task<Dictionary<string, long>> SnapshotAsync(string sql)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string? RuleOf(string text)
    {
        try
        {
            return JsonNode.Parse(text)?["rule"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Snip(string text) => text.Length > 200 ? text[..200] : text;

    private static string Fill(string sample, SweepTarget target) =>
        Placeholder().Replace(sample, m => target.Ids.TryGetValue(m.Groups[1].Value, out var id) ? id : m.Value);

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
