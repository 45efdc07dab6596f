using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tautoko.Web.Hosting;

public static class OpenApiSetup
{
    public static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Tautoko API",
            Version = "v1",
            Description = "Case management for a social-services agency. Sign in with POST /api/auth/login and send the access token as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details; lists are paged with `page` and `pageSize`. Fields listed as `required` in a request schema are refused (400, `errors` per field) when missing; dates have plausible ranges by meaning (see the README). Any write may carry an `Idempotency-Key` header (1-200 visible ASCII characters): a retry with the same key gets the first answer again (`Idempotent-Replayed: true`) and writes nothing more; the same key with another request is 422.",
        };
        return Task.CompletedTask;
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
