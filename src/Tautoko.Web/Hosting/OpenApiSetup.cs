using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Tautoko.Web.Hosting;

/// <summary>
/// The OpenAPI document as a contract an integrator can generate a client from (README, "The API as a contract"): the
/// bearer scheme, an <c>operationId</c> for every operation, every 4xx answer with the RFC 9457 problem schema,
/// described tags, a licence and a server URL without a trailing slash. <c>./test.sh</c> lints it with Redocly's
/// recommended rules and fails on any error.
/// </summary>
public static class OpenApiSetup
{
    /// <summary>The security scheme's name in <c>components.securitySchemes</c>.</summary>
    public const string BearerScheme = "bearer";

    /// <summary>The schema every 4xx answer carries.</summary>
    public const string ProblemSchema = "ProblemDetails";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Sign-in"] = "Exchange a staff e-mail and password for a bearer token; every other operation needs it.",
        ["Sites"] = "Regions and sites (service centres, phone-based units, contact centres) and what each offers.",
        ["Calendar"] = "Working days: weekends and New Zealand public holidays (national and regional anniversary days).",
        ["Appointments"] = "Free slots, booking, cancelling and resulting appointments; walk-ins; calendars, worklists, letters and calendar files.",
        ["Clients"] = "Client records: search, overview, edits, the engagement log, tags, special cautions, must-view notes, break-glass and the audit trail.",
        ["Staff"] = "Staff members, their roles, sites and buddies.",
        ["Work queues"] = "Each site's and contact centre's work queues and their tasks.",
        ["Work queue tasks"] = "One task's life: pick, hold, contact attempts, reviews and completion.",
        ["Messages to case managers"] = "Messages for case managers: phone messages, voicemail checks and their follow-up.",
        ["Calls and caller verification"] = "Contact-centre calls: verifying the caller and recording what the call was about.",
        ["Contact centre: case-managed clients"] = "The contact centre's flow for a client who has (or needs) a case manager.",
        ["Hardship requests"] = "High-hardship referrals from the contact centre to a connector and the services offered.",
        ["Caseloads"] = "Caseloads, placements, capacity, transfers and exits.",
        ["Assignment"] = "Assignment proposals (who should hold whom), their review and national office's policy.",
        ["Sending window"] = "When texts and e-mails may go to clients (Pacific/Auckland time), set by national office; the outbox holds them outside it.",
        ["Labour Market Indicator 1"] = "The LMI1 model: its quality, threshold and daily tagging run.",
    };

    public static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Tautoko API",
            Version = "v1",
            License = new OpenApiLicense { Name = "Proprietary: the agency's own system, for its staff and approved integrators", Url = new Uri("https://tautoko.example/licence") },
            Contact = new OpenApiContact { Name = "Tautoko national office", Email = "api@tautoko.example" },
            Description = "Case management for a social-services agency. Sign in with POST /api/auth/login and send the access token as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details; lists are paged with `page` and `pageSize`. Fields listed as `required` in a request schema are refused (400, `errors` per field) when missing; dates have plausible ranges by meaning (see the README). Any write may carry an `Idempotency-Key` header (1-200 visible ASCII characters): a retry with the same key gets the first answer again (`Idempotent-Replayed: true`) and writes nothing more; the same key with another request is 422.",
        };

        // The host's own address, without the trailing slash the generator leaves.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/') is { Length: > 0 } url ? url : "/";
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The `accessToken` from POST /api/auth/login, sent as `Authorization: Bearer <token>` (valid 8 hours).",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (document.Components.Schemas.TryGetValue(ProblemSchema, out var problem) && problem is OpenApiSchema problemSchema)
        {
            problemSchema.Description = "An RFC 9457 problem document. Besides the standard members: `errors` (400, messages per field), `rule` (the rule refused, 403/409/422), `canBreakGlass` and `breakGlass` (403), and for 409 what changed.";
            problemSchema.AdditionalPropertiesAllowed = true;
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name)
            {
                tag.Description ??= TagDescriptions.TryGetValue(name, out var description) ? description : $"Operations on {name.ToLowerInvariant()}.";
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Each operation: an <c>operationId</c> (the endpoint's name if it has one, else its method and path), the bearer
    /// requirement unless it allows anonymous callers, 401 for callers without a valid token, and every 4xx answer
    /// described with the problem schema.
    /// </summary>
    public static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.OperationId ??= metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName
                                  ?? OperationId(description.HttpMethod ?? "get", description.RelativePath ?? string.Empty);

        operation.Responses ??= new OpenApiResponses();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (anonymous)
        {
            // An empty requirement: no credentials needed (overrides the document's bearer requirement).
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        else if (!operation.Responses.ContainsKey("401"))
        {
            operation.Responses["401"] = new OpenApiResponse { Description = "Unauthorized: no bearer token, or it has expired." };
        }

        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (!status.StartsWith('4'))
            {
                // Files (a letter, a calendar file) are bytes, not base64 text.
                foreach (var (type, media) in concrete.Content ?? new Dictionary<string, OpenApiMediaType>())
                {
                    if (type is "application/pdf" or "text/calendar")
                    {
                        media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                    }
                }

                continue;
            }

            concrete.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            foreach (var other in concrete.Content.Keys.Where(k => k != "application/problem+json").ToList())
            {
                concrete.Content.Remove(other);
            }

            concrete.Content["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) };
            if (string.IsNullOrEmpty(concrete.Description))
            {
                concrete.Description = ReasonPhrases.GetReasonPhrase(int.Parse(status, CultureInfo.InvariantCulture));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>"POST" and "api/clients/{id}/notes" → "postClientsByIdNotes": unique, stable, and a valid identifier.</summary>
    public static string OperationId(string method, string relativePath)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (id.Length == method.Length && segment == "api")
            {
                continue;
            }

            var isParameter = segment.StartsWith('{');
            var name = isParameter ? segment.Trim('{', '}').Split(':')[0] : segment;
            if (isParameter)
            {
                id.Append("By");
            }

            foreach (var word in name.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                id.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word.AsSpan(1));
            }
        }

        return id.ToString();
    }

    /// <summary>Short type names used by more than one Tautoko type (each feature names its own views).</summary>
    private static readonly Lazy<HashSet<string>> SharedNames = new(() =>
        typeof(OpenApiSetup).Assembly.GetTypes().Concat(typeof(Core.Common.Failure).Assembly.GetTypes())
            .Where(t => t.IsPublic && !t.IsGenericTypeDefinition)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// A schema's name: the type's name, unless two Tautoko types share it (the contact centre's and the appointments'
    /// <c>BookedAppointment</c>), when the feature's name goes in front, so neither answer is described as the other.
    /// </summary>
    public static string? SchemaId(JsonTypeInfo type)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        var clr = type.Type;
        if (name is null || clr.IsGenericType || !SharedNames.Value.Contains(clr.Name) || clr.Namespace is not { } ns)
        {
            return name;
        }

        var segments = ns.Split('.');
        var at = Array.FindIndex(segments, s => s is "Features" or "Core");
        var feature = at >= 0 && at + 1 < segments.Length ? segments[at + 1] : segments[^1];
        return feature + clr.Name;
    }

    /// <summary>
    /// A request body's <c>required</c> list says what the endpoint really refuses without: the fields marked
    /// <see cref="RequiredAttribute"/>. By default every parameter of a positional record would be listed, including the
    /// optional ones (a note's correction, a must-view note's expiry), so a generated client could not tell them apart.
    /// </summary>
    public static Task MarkRequired(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is null || context.JsonTypeInfo.Properties.Count == 0)
        {
            return Task.CompletedTask;
        }

        var required = context.JsonTypeInfo.Properties
            .Where(p => IsMarkedRequired(p.AttributeProvider) || IsMarkedRequired(p.AssociatedParameter?.AttributeProvider))
            .Select(p => p.Name)
            .ToList();
        if (!context.JsonTypeInfo.Type.Name.EndsWith("Input", StringComparison.Ordinal) && !context.JsonTypeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            // Answers (views) keep what the generator says: their fields are always present.
            return Task.CompletedTask;
        }

        schema.Required = new HashSet<string>(required, StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    private static bool IsMarkedRequired(ICustomAttributeProvider? provider) =>
        provider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;
}
