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
            Description = "Case management for a social-services agency. Sign in with POST /api/auth/login and send the access token as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details; lists are paged with `page` and `pageSize`. Any write may carry an `Idempotency-Key` header (1-200 visible ASCII characters): a retry with the same key gets the first answer again (`Idempotent-Replayed: true`) and writes nothing more; the same key with another request is 422.",
        };
        return Task.CompletedTask;
    }
}
