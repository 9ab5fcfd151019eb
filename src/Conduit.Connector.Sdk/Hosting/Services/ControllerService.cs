using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting.Services;

/// <summary>
/// plugin.GRPCController: go-plugin's host calls Shutdown when it kills the plugin and SIGKILLs it 2 s later.
/// The call answers at once; the application stops once the answer has been sent, because a graceful server
/// stop waits for running calls, this one included.
/// </summary>
internal sealed class ControllerService : GRPCController.GRPCControllerBase
{
    private static readonly Empty EmptyResponse = new();

    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<ControllerService> _logger;

    public ControllerService(IHostApplicationLifetime lifetime, ILogger<ControllerService> logger)
    {
        _lifetime = lifetime;
        _logger = logger;
    }

    public override Task<Empty> Shutdown(Empty request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HostingLog.ShutdownRequested(_logger);
        var lifetime = _lifetime;
        context.GetHttpContext().Response.OnCompleted(() =>
        {
            lifetime.StopApplication();
            return Task.CompletedTask;
        });
        return Task.FromResult(EmptyResponse);
    }
}
