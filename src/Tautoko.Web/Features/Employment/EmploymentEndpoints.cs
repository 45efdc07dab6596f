using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Employment;

/// <summary>The Jobseeker Profile and CV API: GET/PUT the profile (with the version read), upload, list and download CVs.</summary>
public static class EmploymentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Employment");
        clients.MapGet("/{id:guid}/jobseeker-profile", GetProfile).ReadsClientInformation()
            .WithSummary("A client's Jobseeker Profile, whether it is complete and which required parts are missing (version 0 when none yet). Audited.");
        clients.MapPut("/{id:guid}/jobseeker-profile", SaveProfile).ReadsClientInformation()
            .WithSummary("Replace the Jobseeker Profile; send the `version` read (0 for a first profile): 400 without it, 409 when it changed.");
        clients.MapPost("/{id:guid}/cv", UploadCv).ReadsClientInformation()
            .WithSummary("Upload a CV (multipart field `file`): PDF or DOCX, at most 2 MB, its content matching its extension (400 naming `file` otherwise). Each upload is a new version; the latest is current.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = CvUploadBody();
                return Task.CompletedTask;
            });
        clients.MapGet("/{id:guid}/cv", ListCv).ReadsClientInformation()
            .WithSummary("A client's CV versions, newest (current) first. Audited.");
        clients.MapGet("/{id:guid}/cv/{version:int}/file", DownloadCv).ReadsClientInformation()
            .WithSummary("Download one CV version, always as an attachment (never inline). Audited.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        clients.MapGet("/{id:guid}/pte-plan", GetPte).ReadsClientInformation()
            .WithSummary("A client's Pathways to Employment plan: status (notAppropriate, draft, active, completed), milestones, dates (version 0 when none yet). Audited.");
        clients.MapPut("/{id:guid}/pte-plan", SavePte).ReadsClientInformation()
            .WithSummary("Replace the PTE plan; send the `version` read (0 for a first plan): 400 naming the field, 409 when it changed.");
        clients.MapGet("/{id:guid}/virtual-talent-pool", GetVtp).ReadsClientInformation()
            .WithSummary("A client's Virtual Talent Pool membership: status (notAppropriate, referred, joined, left), pool, referral/joining/leaving days (version 0 when none yet). Audited.");
        clients.MapPut("/{id:guid}/virtual-talent-pool", SaveVtp).ReadsClientInformation()
            .WithSummary("Replace the VTP membership; send the `version` read (0 for a first record): 400 naming the field, 409 when it changed.");
    }

    private static async Task<Results<Ok<PtePlanView>, Problem>> GetPte(Guid id, PathwaysHandler handler, CancellationToken ct) =>
        (await handler.GetPteAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<PtePlanView>, Problem>> SavePte(Guid id, PtePlanInput input, PathwaysHandler handler, CancellationToken ct) =>
        (await handler.SavePteAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<VtpMembershipView>, Problem>> GetVtp(Guid id, PathwaysHandler handler, CancellationToken ct) =>
        (await handler.GetVtpAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<VtpMembershipView>, Problem>> SaveVtp(Guid id, VtpMembershipInput input, PathwaysHandler handler, CancellationToken ct) =>
        (await handler.SaveVtpAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<JobseekerProfileView>, Problem>> GetProfile(Guid id, JobseekerProfileHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<JobseekerProfileView>, Problem>> SaveProfile(Guid id, JobseekerProfileInput input, JobseekerProfileHandler handler, CancellationToken ct) =>
        (await handler.SaveAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Created<CvVersionView>, Problem>> UploadCv(Guid id, CvHandler handler, IAntiforgery antiforgery, HttpContext http, CancellationToken ct)
    {
        // A bearer token cannot be sent by another site, so only a cookie-signed-in caller must show the antiforgery token.
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return Failure.Invalid("__RequestVerificationToken", "The form has expired; reload the page and upload again.").ToProblem();
        }

        // The form is read only after the access check, so a refused caller gets 403 whatever they sent.
        return (await handler.UploadAsync(new ClientId(id), token => ReadFileAsync(http.Request, token), ct)).ToCreated(cv => $"/api/clients/{id}/cv/{cv.Version}/file");
    }

    /// <summary>The upload's body as the OpenAPI document declares it: a multipart form with one required binary field, <c>file</c>.</summary>
    private static OpenApiRequestBody CvUploadBody() => new()
    {
        Required = true,
        Description = "The CV as the multipart field `file` (PDF or DOCX, at most 2 MB).",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { CvFileCheck.Field },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [CvFileCheck.Field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The CV file: .pdf or .docx." },
                    },
                },
            },
        },
    };

    /// <summary>The multipart field <c>file</c>, or null when the request is not a form or has no such field.</summary>
    public static async Task<IFormFile?> ReadFileAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            var form = await request.ReadFormAsync(ct);
            return form.Files.GetFile(CvFileCheck.Field);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<CvVersionView>>, Problem>> ListCv(Guid id, CvHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<FileContentHttpResult, Problem>> DownloadCv(Guid id, int version, CvHandler handler, HttpContext http, CancellationToken ct)
    {
        var outcome = await handler.DownloadAsync(new ClientId(id), version, ct);
        if (!outcome.TryGet(out var file, out var failure))
        {
            return failure.ToProblem();
        }

        // Never rendered by the browser: an attachment, its type not to be sniffed.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}

