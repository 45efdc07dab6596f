namespace Tautoko.Web.Platform;

public static class OutboxServices
{
    /// <summary>
    /// The outbox every feature writes to (client letters, texts and e-mails; staff e-mails): its options, the sender
    /// chosen by `--outbox-sender`, one delivery pass, and the background job that runs it on every node. The letters
    /// and calendar files it attaches (<see cref="IOutboxLetters"/>, <see cref="IOutboxCalendarFiles"/>) come from a feature.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddSingleton(sp => OutboxOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<SendingWindowHandler>();
        services.AddSingleton<FileMessageSender>();
        services.AddSingleton<IMessageSender>(sp => sp.GetRequiredService<OutboxOptions>().Sender switch
        {
            "smtp" => new SmtpMessageSender(sp.GetRequiredService<OutboxOptions>(), sp.GetRequiredService<FileMessageSender>()),
            _ => sp.GetRequiredService<FileMessageSender>(),
        });
        services.AddHostedService<OutboxDeliveryService>();
        return services;
    }
}
