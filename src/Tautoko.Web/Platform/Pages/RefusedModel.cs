using Tautoko.Core.Access;

namespace Tautoko.Web.Platform.Pages;

public sealed record RefusedModel(Guid ClientId, AccessDecision Decision);
