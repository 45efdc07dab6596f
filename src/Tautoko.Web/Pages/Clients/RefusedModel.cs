using Tautoko.Core.Access;

namespace Tautoko.Web.Pages.Clients;

public sealed record RefusedModel(Guid ClientId, AccessDecision Decision);
