using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calls;

/// <summary>The telephony import (CSV) and the contact-centre figures by business unit and month (seed 003 Appendix One).</summary>
public static class CallEndpoints
{
    public const string CsvContentType = "text/csv";

    public static void Map(IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/calls").WithTags("Contact-centre figures");
        calls.MapPost("/imports", Import).ReadsNoClientInformation()
            .WithSummary("Import call records from the telephony system as CSV (a text/csv body, or the multipart field `file`): call id, queue, offered, answered (empty when not answered), end, abandoned, call-back offered, call-back accepted; times in New Zealand time unless an offset is given. Idempotent on the call id: calls already held with the same values are counted, not added. Any bad line (400 with `errors` keyed `line N: field`, a call id held with other values among them) and nothing is imported. National office and contact-centre managers.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = ImportBody();
                return Task.CompletedTask;
            });
        calls.MapGet("/figures", Figures).ReadsNoClientInformation()
            .WithSummary("Calls offered, answered and abandoned, average speed of answer and average handle time (seconds, over answered calls), call-backs offered and accepted, by business unit and Auckland month, for Auckland days from..to (the last twelve months by default); with each unit's total, the total, and self-service (MyMSD) registrations and logins, which are \"no data\" until a client portal exists. National office and contact-centre managers.");
    }

    private static async Task<Results<Ok<CallImportResult>, Problem>> Import(CallImportHandler handler, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        // A bearer token cannot be sent by another site, so only a cookie-signed-in caller must show the antiforgery token.
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return Failure.Invalid("__RequestVerificationToken", "The form has expired; reload the page and upload again.").ToProblem();
        }

        // The body is read only after the access check, so a refused caller gets 403 whatever they sent.
        return (await handler.ImportAsync(token => ReadCsvAsync(http.Request, token), "the API", ct)).ToOk();
    }

    private static async Task<Results<Ok<CallFiguresReport>, Problem>> Figures(DateOnly? from, DateOnly? to, CallFiguresHandler handler, CancellationToken ct) =>
        (await handler.ReadAsync(from, to, ct)).ToOk();

    /// <summary>The CSV of the request: the multipart field <c>file</c>, or the body itself; at most one byte over the limit is read.</summary>
    public static async Task<byte[]?> ReadCsvAsync(HttpRequest request, CancellationToken ct)
    {
        Stream body;
        if (request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile(CallImportHandler.FileField) is not { } file)
                {
                    return null;
                }

                body = file.OpenReadStream();
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
        else
        {
            body = request.Body;
        }

        await using (body)
        {
            return await ReadBoundedAsync(body, ct);
        }
    }

    public static async Task<byte[]> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > CallImportHandler.MaxBytes)
            {
                break;
            }
        }

        return copy.ToArray();
    }

    /// <summary>The import's body as the OpenAPI document declares it: CSV text, or a multipart form with the field <c>file</c>.</summary>
    private static OpenApiRequestBody ImportBody() => new()
    {
        Required = true,
        Description = "The call records as CSV (UTF-8, comma-separated, a header line first), as the body or as the multipart field `file`.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [CsvContentType] = new()
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The CSV text." },
            },
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { CallImportHandler.FileField },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [CallImportHandler.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The CSV file." },
                    },
                },
            },
        },
    };
}
