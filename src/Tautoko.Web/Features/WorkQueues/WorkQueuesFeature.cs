using Tautoko.Web.Features.WorkQueues.Attempts;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Queues;
using Tautoko.Web.Features.WorkQueues.Tasks;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues;

/// <summary>The work-queue feature's services.</summary>
public sealed class WorkQueuesFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<QueueScope>();
        services.AddScoped<TaskAccess>();
        services.AddScoped<QueuesHandler>();
        services.AddScoped<TaskHandler>();
        services.AddScoped<TaskDetailHandler>();
        services.AddScoped<ContactAttemptHandler>();
        services.AddScoped<AssignCaseManagerHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app) => WorkQueueEndpoints.Map(app);
}
