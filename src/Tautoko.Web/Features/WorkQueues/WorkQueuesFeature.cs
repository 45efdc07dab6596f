using Tautoko.Web.Features.WorkQueues.Attempts;
using Tautoko.Web.Features.WorkQueues.CentralProcessing;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Messages;
using Tautoko.Web.Features.WorkQueues.Queues;
using Tautoko.Web.Features.WorkQueues.Tasks;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues;

/// <summary>Work queues and their tasks, contact attempts, and the e-mails and voicemails case managers must answer.</summary>
public sealed class WorkQueuesFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<QueueScope>();
        services.AddScoped<TaskAccess>();
        services.AddScoped<QueuesHandler>();
        services.AddScoped<WorkOnHandRouting>();
        services.AddScoped<TaskHandler>();
        services.AddScoped<TaskDetailHandler>();
        services.AddScoped<ContactAttemptHandler>();
        services.AddScoped<AssignCaseManagerHandler>();
        services.AddScoped<MessagesHandler>();
        services.AddScoped<MessageMeasuresHandler>();
        services.AddScoped<CentralProcessingHandler>();
    }

    public static void MapRoutes(IEndpointRouteBuilder app)
    {
        WorkQueueEndpoints.Map(app);
        MessageEndpoints.Map(app);
        CentralProcessingEndpoints.Map(app);
    }
}
