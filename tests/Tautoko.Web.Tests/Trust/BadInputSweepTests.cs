using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Tautoko.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// The bad-input sweep: every operation of the OpenAPI document, as two roles, with malformed JSON, wrong types, missing
/// required fields, 100k-character strings, an oversized body, impossible and extreme dates, unknown and malformed ids,
/// paging out of range, control characters and script in every text field. No 5xx; every 4xx from /api is a problem
/// document; a request refused as a whole writes nothing; stored text is escaped on every page that shows it. Bounded:
/// a few sample values per field, so it stays well under two minutes.
/// </summary>
[Collection(BadInputSweepServer.Collection)]
public sealed class BadInputSweepTests(BadInputSweepServer server, ITestOutputHelper output)
{
    private const string ScriptMarker = "<script>sweepXss()</script>";
    private const int MaxFieldMutations = 14;

    private static readonly string[] Roles = [Accounts.CaseManager, Accounts.NationalOffice];

    // Tables a refused request may legitimately touch: the audit trail records refused reads and changes (R-120).
    private static readonly HashSet<string> AllowedToGrow = new(StringComparer.OrdinalIgnoreCase) { "audit_entries", "data_protection_keys", "DataProtectionKeys" };

    private readonly List<string> _fiveHundreds = [];
    private readonly List<string> _notProblems = [];
    private readonly List<string> _partialWrites = [];
    private readonly List<string> _requiredNotRequired = [];
    private readonly List<string> _unescaped = [];
    private int _sent;

    [Fact]
    public async Task Sweep_EveryOperation_TwoRoles_NoServerErrors_ProblemDocuments_NoPartialWrites_EscapedText()
    {
        using var documentResponse = await server.Http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, documentResponse.StatusCode);
        var document = JsonNode.Parse(await documentResponse.Content.ReadAsStringAsync())!;
        var ids = await KnownIdsAsync();
        Assert.True((await CountRowsAsync()).Count > 20, "The row-count snapshot reads the sweep's database");
        var operations = Operations(document).ToList();
        Assert.True(operations.Count > 50, $"The OpenAPI document lists {operations.Count} operations");

        foreach (var role in Roles)
        {
            var token = await server.TokenAsync(role);
            foreach (var operation in operations)
            {
                await SweepAsync(operation, document, ids, token);
            }
        }

        var (pagesChecked, escapedShown) = await CheckPagesEscapeStoredTextAsync(ids);

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Bad-input sweep: {operations.Count} operations x {Roles.Length} roles; requests sent: {_sent}; 5xx seen: {_fiveHundreds.Count}; " +
            $"4xx not problem documents: {_notProblems.Count}; partial writes: {_partialWrites.Count}; required fields not required: {_requiredNotRequired.Count}; unescaped: {_unescaped.Count}; " +
            $"pages checked for escaping: {pagesChecked} ({escapedShown} showing stored script text escaped)");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var line in _fiveHundreds.Concat(_notProblems).Concat(_partialWrites).Concat(_requiredNotRequired).Concat(_unescaped).Take(80))
        {
            output.WriteLine(line);
        }

        Assert.True(_fiveHundreds.Count == 0, "5xx seen:\n" + string.Join('\n', _fiveHundreds.Take(30)));
        Assert.True(_notProblems.Count == 0, "4xx without a problem document:\n" + string.Join('\n', _notProblems.Take(30)));
        Assert.True(_partialWrites.Count == 0, "Refused requests that wrote:\n" + string.Join('\n', _partialWrites.Take(30)));
        Assert.True(_requiredNotRequired.Count == 0, "Required fields accepted when missing:\n" + string.Join('\n', _requiredNotRequired.Take(30)));
        Assert.True(_unescaped.Count == 0, "Stored text shown unescaped:\n" + string.Join('\n', _unescaped.Take(30)));
        Assert.True(escapedShown > 0, "Some page shows script-bearing text stored through the API, escaped");
    }

    private sealed record Operation(string Method, string Path, JsonNode Node);

    private sealed record Ids(Guid Client, Guid Site, Guid Staff);

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "delete" or "patch" && node is not null)
                {
                    yield return new Operation(method.ToUpperInvariant(), path, node);
                }
            }
        }
    }

    private async Task<Ids> KnownIdsAsync()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var clients = await api.GetJsonAsync("/api/clients?q=a&pageSize=20");
        var client = clients.Items().First(c => !c!["isRestricted"]!.GetValue<bool>())!["id"]!.GetValue<Guid>();
        var staff = (await api.GetJsonAsync("/api/staff?pageSize=50")).Items()
            .First(s => (s!["role"]?.ToString() ?? string.Empty).Contains("CaseManager", StringComparison.OrdinalIgnoreCase))!["id"]!.GetValue<Guid>();
        return new Ids(client, await server.MastertonSiteIdAsync(), staff);
    }

    private async Task SweepAsync(Operation operation, JsonNode document, Ids ids, string token)
    {
        // Signing out would end the sweep's own session; it is swept without a token.
        var signsOut = operation.Path.Contains("logout", StringComparison.OrdinalIgnoreCase) || operation.Path.Contains("signout", StringComparison.OrdinalIgnoreCase);
        var bearer = signsOut ? null : token;
        var parameters = operation.Node["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
        var path = FillPath(operation.Path, parameters, ids);

        // Unknown and malformed ids in the path.
        foreach (var name in parameters.Where(p => p.Text("in") == "path").Select(p => p.Text("name")!))
        {
            foreach (var bad in new[] { Guid.NewGuid().ToString(), "not-an-id", "%3Cscript%3E", "00000000-0000-0000-0000-000000000000", "-1" })
            {
                await SendAsync(operation, FillPath(operation.Path, parameters, ids, name, bad), null, bearer);
            }
        }

        // Query values: extreme dates, paging out of range, wrong types, long text, control characters, script.
        foreach (var parameter in parameters.Where(p => p.Text("in") == "query"))
        {
            var name = parameter.Text("name")!;
            foreach (var bad in QueryValues(name))
            {
                await SendAsync(operation, $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={Uri.EscapeDataString(bad)}", null, bearer);
            }
        }

        var schema = RequestSchema(operation.Node, document);
        if (operation.Method is "GET" || (schema is null && operation.Node["requestBody"] is null))
        {
            await SendAsync(operation, path, null, bearer);
            return;
        }

        // Whole-body refusals must write nothing: count every table before and after.
        var before = await CountRowsAsync();
        var wholeRefused = true;
        foreach (var body in new[] { "{", "[]", "\"text\"", "42", "null", "{\"a\":", "{\"x\":1}}", new string('[', 5000), LongJson(1_100_000) })
        {
            var status = await SendAsync(operation, path, body, bearer);
            wholeRefused &= status is >= 400 and < 500;
        }

        var after = await CountRowsAsync();
        if (wholeRefused)
        {
            foreach (var (table, count) in after.Where(a => !AllowedToGrow.Contains(a.Key) && before.GetValueOrDefault(a.Key) != a.Value))
            {
                _partialWrites.Add($"{operation.Method} {operation.Path}: {table} {before.GetValueOrDefault(table)} → {count} after refused requests");
            }
        }

        if (schema is null)
        {
            return;
        }

        var properties = schema["properties"]?.AsObject().Select(p => (p.Key, Schema: Resolve(p.Value!, document))).ToList() ?? [];
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

        // Missing required fields: each one left out of an otherwise plausible body is refused.
        foreach (var name in required)
        {
            var body = Plausible(schema, document, ids, 0)!.AsObject();
            body.Remove(name);
            var status = await SendAsync(operation, path, body.ToJsonString(), bearer);
            if (status is >= 200 and < 300)
            {
                _requiredNotRequired.Add($"{operation.Method} {operation.Path}: `{name}` is marked required but a body without it answered {status}");
            }
        }

        // One field at a time gets a bad value; a bounded sample per operation.
        var mutations = properties
            .SelectMany(p => BadValues(p.Schema).Select(value => (p.Key, Value: value)))
            .OrderBy(m => StableHash(operation.Path + m.Key + m.Value?.ToJsonString()))
            .Take(MaxFieldMutations)
            .ToList();

        // When every one-bad-field body is refused, none of them may have written anything.
        var beforeFields = await CountRowsAsync();
        var allRefused = mutations.Count > 0;
        foreach (var (name, value) in mutations)
        {
            var body = Plausible(schema, document, ids, 0)!.AsObject();
            body[name] = value;
            var status = await SendAsync(operation, path, body.ToJsonString(), bearer);
            allRefused &= status is >= 400 and < 500;
        }

        if (allRefused)
        {
            var afterFields = await CountRowsAsync();
            foreach (var (table, count) in afterFields.Where(a => !AllowedToGrow.Contains(a.Key) && beforeFields.GetValueOrDefault(a.Key) != a.Value))
            {
                _partialWrites.Add($"{operation.Method} {operation.Path}: {table} {beforeFields.GetValueOrDefault(table)} → {count} after bodies refused for one bad field");
            }
        }

        // Script and control characters in every text field (the escaping check reads it back from the pages).
        foreach (var (name, _) in properties.Where(p => IsString(p.Schema)))
        {
            var body = Plausible(schema, document, ids, 0)!.AsObject();
            body[name] = ScriptMarker + " \u0001\u0007 sweep";
            await SendAsync(operation, path, body.ToJsonString(), bearer);
        }

        // Every text field holding script together, so a page showing any of them is checked.
        if (properties.Any(p => IsString(p.Schema)))
        {
            var body = Plausible(schema, document, ids, 0)!.AsObject();
            foreach (var (name, _) in properties.Where(p => IsString(p.Schema)))
            {
                body[name] = ScriptMarker + " sweep " + name;
            }

            await SendAsync(operation, path, body.ToJsonString(), bearer);
        }
    }

    private static string FillPath(string template, List<JsonNode> parameters, Ids ids, string? badName = null, string? badValue = null)
    {
        var path = template;
        foreach (var parameter in parameters.Where(p => p.Text("in") == "path"))
        {
            var name = parameter.Text("name")!;
            var type = parameter["schema"]?["type"]?.ToString() ?? "string";
            var format = parameter["schema"]?["format"]?.ToString();
            var value = name == badName ? badValue! : format == "uuid" ? IdFor(template, name, ids).ToString()
                : type.Contains("integer", StringComparison.Ordinal) ? "0"
                : name == "service" ? "DCM"
                : "x";
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private static Guid IdFor(string template, string name, Ids ids)
    {
        var before = template[..template.IndexOf("{" + name + "}", StringComparison.Ordinal)];
        return before.EndsWith("/clients/", StringComparison.Ordinal) ? ids.Client
            : before.EndsWith("/sites/", StringComparison.Ordinal) ? ids.Site
            : before.EndsWith("/staff/", StringComparison.Ordinal) ? ids.Staff
            : Guid.NewGuid();
    }

    private static IEnumerable<string> QueryValues(string name)
    {
        string[] common = ["0001-01-01", "9999-12-31", "2026-02-30", "-1", "99999999999", "abc", "\u0000\u001f", ScriptMarker, new string('x', 4000)];
        return name is "page" or "pageSize" ? ["0", "-5", "1000001", "2147483648", "abc"] : common;
    }

    private static IEnumerable<JsonNode?> BadValues(JsonNode schema)
    {
        var type = TypeOf(schema);
        var format = schema["format"]?.ToString();
        yield return JsonValue.Create(new string('x', 100_000));
        yield return new JsonArray(JsonValue.Create(1));
        yield return new JsonObject { ["nested"] = true };
        if (type == "string" && format is "date" or "date-time")
        {
            yield return JsonValue.Create("0001-01-01" + (format == "date-time" ? "T00:00:00Z" : string.Empty));
            yield return JsonValue.Create("9999-12-31" + (format == "date-time" ? "T23:59:59Z" : string.Empty));
            yield return JsonValue.Create("2026-02-30");
        }
        else if (type == "string" && format == "uuid")
        {
            yield return JsonValue.Create(Guid.NewGuid().ToString());
            yield return JsonValue.Create("not-a-guid");
        }
        else if (type is "integer" or "number")
        {
            yield return JsonValue.Create(-1);
            yield return JsonValue.Create(2147483648L);
            yield return JsonValue.Create("12");
            yield return JsonValue.Create(1e308);
        }
        else if (type == "boolean")
        {
            yield return JsonValue.Create("yes");
        }
        else if (type == "string")
        {
            yield return JsonValue.Create("\u0000\u0001\u001b[31m\r\n");
            yield return JsonValue.Create(string.Empty);
            yield return JsonValue.Create(12);
        }
    }

    /// <summary>A body each of whose fields has a value of its declared type, so one bad field at a time is what is tested.</summary>
    private static JsonNode? Plausible(JsonNode schema, JsonNode document, Ids ids, int depth, string? name = null)
    {
        schema = Resolve(schema, document);
        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        var type = TypeOf(schema);
        var format = schema["format"]?.ToString();
        switch (type)
        {
            case "object" when depth < 3:
                var body = new JsonObject();
                foreach (var (key, value) in schema["properties"]?.AsObject() ?? [])
                {
                    body[key] = Plausible(value!, document, ids, depth + 1, key);
                }

                return body;
            case "object":
                return new JsonObject();
            case "array":
                return new JsonArray();
            case "integer":
                return JsonValue.Create(1);
            case "number":
                return JsonValue.Create(0.5);
            case "boolean":
                return JsonValue.Create(false);
            case "string" when format == "uuid":
                var lower = name?.ToLowerInvariant() ?? string.Empty;
                return JsonValue.Create(lower.Contains("client", StringComparison.Ordinal) ? ids.Client
                    : lower.Contains("site", StringComparison.Ordinal) ? ids.Site
                    : lower.Contains("casemanager", StringComparison.Ordinal) || lower.Contains("staff", StringComparison.Ordinal) ? ids.Staff
                    : Guid.NewGuid());
            case "string" when format == "date":
                return JsonValue.Create(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case "string" when format == "date-time":
                return JsonValue.Create(DateTimeOffset.UtcNow.AddMinutes(-30).ToString("O", CultureInfo.InvariantCulture));
            case "string" when format == "time":
                return JsonValue.Create("10:00:00");
            case "string":
                return JsonValue.Create("Sweep text");
            default:
                return null;
        }
    }

    private static JsonNode Resolve(JsonNode schema, JsonNode document)
    {
        for (var i = 0; i < 5 && schema["$ref"]?.ToString() is { } reference; i++)
        {
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        }

        // A nullable reference is written as oneOf/anyOf [null, {$ref}].
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray choices && choices.FirstOrDefault(c => c?["$ref"] is not null || (c?["type"]?.ToString() ?? "null") != "null") is { } choice)
        {
            return Resolve(choice, document);
        }

        return schema;
    }

    private static string TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.ToString()).FirstOrDefault(t => t != "null") ?? "null",
        { } single => single.ToString(),
        null when schema["properties"] is not null => "object",
        _ => string.Empty,
    };

    private static bool IsString(JsonNode schema) => TypeOf(schema) == "string" && schema["format"] is null && schema["enum"] is null;

    private static JsonNode? RequestSchema(JsonNode operation, JsonNode document) =>
        operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? Resolve(schema, document) : null;

    private static string LongJson(int length) => "{\"text\":\"" + new string('y', length) + "\"}";

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private async Task<int> SendAsync(Operation operation, string path, string? body, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        _sent++;
        using var response = await server.Http.SendAsync(request);
        var status = (int)response.StatusCode;
        var what = $"{operation.Method} {Shorten(path)} {(body is null ? string.Empty : Shorten(body))} → {status}";
        if (status >= 500)
        {
            _fiveHundreds.Add(what + ": " + Shorten(await response.Content.ReadAsStringAsync()));
        }
        else if (status is >= 400 and < 500 && path.StartsWith("/api", StringComparison.Ordinal)
                 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            _notProblems.Add(what + $" ({response.Content.Headers.ContentType?.MediaType ?? "no body"})");
        }

        return status;
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + $"…({text.Length} chars)" : text;

    private async Task<Dictionary<string, long>> CountRowsAsync()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>
    /// Crawls the pages each role reaches from the start page and the swept client's pages, and checks that the
    /// script-bearing text the sweep stored is never in a page as markup. Returns pages checked and pages showing it escaped.
    /// </summary>
    private async Task<(int Pages, int EscapedShown)> CheckPagesEscapeStoredTextAsync(Ids ids)
    {
        var pagesChecked = 0;
        var escapedShown = 0;
        foreach (var role in Roles)
        {
            using var pages = await server.PagesAsAsync(role);
            var queue = new Queue<string>(["/", $"/clients/{ids.Client}", "/work-queues/mine", "/my-day", $"/staff/{ids.Staff}/calendar", "/tasks"]);
            var seen = new HashSet<string>(queue, StringComparer.Ordinal);
            while (queue.Count > 0 && pagesChecked < 160 * Roles.Length)
            {
                var path = queue.Dequeue();
                using var response = await pages.GetRawAsync(path);
                var html = await response.Content.ReadAsStringAsync();
                pagesChecked++;
                if ((int)response.StatusCode >= 500)
                {
                    _fiveHundreds.Add($"page GET {path} → {(int)response.StatusCode}");
                }

                if (html.Contains("<script>sweepXss", StringComparison.Ordinal))
                {
                    _unescaped.Add($"page {path} shows stored script unescaped");
                }

                if (html.Contains("&lt;script&gt;sweepXss", StringComparison.Ordinal))
                {
                    escapedShown++;
                }

                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var document = await PageClient.ParseAsync(new HttpResponseMessage(response.StatusCode) { Content = new StringContent(html, Encoding.UTF8, "text/html"), RequestMessage = response.RequestMessage });
                foreach (var link in document.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
                    if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/api", StringComparison.Ordinal)
                        && !link.Contains("signout", StringComparison.OrdinalIgnoreCase) && !link.Contains("logout", StringComparison.OrdinalIgnoreCase)
                        && !link.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !link.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                        && seen.Add(link))
                    {
                        queue.Enqueue(link);
                    }
                }
            }
        }

        return (pagesChecked, escapedShown);
    }
}
