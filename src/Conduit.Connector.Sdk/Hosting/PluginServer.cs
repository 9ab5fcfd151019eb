using System.Security.Authentication;
using Conduit.Connector.Sdk.Hosting.Logging;
using Conduit.Connector.Sdk.Hosting.Services;
using Conduit.Connector.Sdk.Hosting.Stdio;
using Conduit.Connector.Sdk.Hosting.Transport;
using Conduit.Connector.Sdk.Protocol;
using Grpc.AspNetCore.Server.Model;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// Builds the smallest ASP.NET Core host that serves the plugin: Kestrel core (no HTTPS configuration
/// loading, no QUIC), routing core and gRPC, HTTP/2 only (cleartext with prior knowledge unless AutoMTLS), on
/// the socket <see cref="PluginListener"/> already opened. No configuration files, environment-variable
/// configuration or console logging are involved.
/// </summary>
internal static class PluginServer
{
    /// <summary>How long a graceful stop may take; go-plugin's host SIGKILLs the process 2 s after Shutdown.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMilliseconds(1500);

    /// <summary>The health service name go-plugin's host checks.</summary>
    public const string HealthServiceName = "plugin";

    public static WebApplication Build(PluginServerParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = parts.Connector.Specification.Name,
            EnvironmentName = Environments.Production,
            // Conduit's working directory is none of our business.
            ContentRootPath = AppContext.BaseDirectory,
        });

        HclogLogging.Configure(builder.Logging, parts.Logging);

        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(parts.Listener.EndPoint, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                if (parts.Mtls is { } mtls)
                {
                    listen.UseHttps(CreateHttpsOptions(mtls, parts.Logging.CreateLogger(typeof(AutoMtls).FullName!)));
                }
            });
        });

        var services = builder.Services;
        services.Configure<SocketTransportOptions>(options => options.CreateBoundListenSocket = parts.Listener.CreateBoundListenSocket);
        services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = ShutdownTimeout;
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        services.AddSingleton<IHostLifetime, PluginLifetime>();
        services.AddRoutingCore();
        services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = parts.Environment.MaxReceiveRecordSize;
            options.MaxSendMessageSize = null;
        });

        // Every method is bound by PluginMethodProvider, without grpc-dotnet's reflection-based provider.
        services.RemoveAll(typeof(IServiceMethodProvider<>));
        services.AddSingleton<IServiceMethodProvider<PluginServices>>(new PluginMethodProvider());
        services.AddSingleton(static provider => new PluginServices(
            provider.GetRequiredService<HealthServiceImpl>(),
            new ControllerService(provider.GetRequiredService<IHostApplicationLifetime>(), provider.GetRequiredService<ILogger<ControllerService>>()),
            new StdioService(provider.GetRequiredService<StdioBroadcaster>(), provider.GetRequiredService<IHostApplicationLifetime>()),
            new BrokerService(provider.GetRequiredService<IHostApplicationLifetime>()),
            provider.GetRequiredService<SpecifierPluginService>(),
            provider.GetRequiredService<SourcePluginService>(),
            provider.GetRequiredService<DestinationPluginService>()));

        var health = new HealthServiceImpl();
        health.SetStatus(HealthServiceName, HealthCheckResponse.Types.ServingStatus.Serving);
        health.SetStatus(string.Empty, HealthCheckResponse.Types.ServingStatus.Serving);
        services.AddSingleton(health);
        services.AddSingleton(parts.Environment);
        services.AddSingleton(parts.Stdio);
        if (parts.Parent is { } parent)
        {
            services.AddSingleton(parent);
            services.AddHostedService<ParentProcessWatcher>();
        }

        ProtocolServices.Add(services, parts.Connector, parts.Timeouts);

        var app = builder.Build();
        app.MapGrpcService<PluginServices>();
        return app;
    }

    private static HttpsConnectionAdapterOptions CreateHttpsOptions(AutoMtls mtls, ILogger logger) => new()
    {
        ServerCertificate = mtls.ServerCertificate,
        SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ClientCertificateMode = ClientCertificateMode.RequireCertificate,
        CheckCertificateRevocation = false,
        ClientCertificateValidation = (certificate, _, _) =>
        {
            // The platform's verdict (unknown root, etc.) is irrelevant: the host's own certificate is the only trust anchor.
            if (mtls.IsTrustedClient(certificate))
            {
                return true;
            }

            HostingLog.ClientCertificateRejected(logger, certificate?.Subject ?? "none");
            return false;
        },
    };
}

/// <summary>Everything <see cref="PluginServer.Build"/> wires together.</summary>
/// <param name="Connector">The author's connector.</param>
/// <param name="Environment">Conduit's variables.</param>
/// <param name="Logging">The only logger provider.</param>
/// <param name="Listener">The socket to serve on.</param>
/// <param name="Mtls">AutoMTLS material, or null for cleartext.</param>
/// <param name="Stdio">Where redirected console output goes.</param>
/// <param name="Parent">The parent to watch, or null where that is not possible.</param>
/// <param name="Timeouts">The runtime's time limits.</param>
internal sealed record PluginServerParts(
    Connector Connector,
    ConnectorEnvironment Environment,
    HclogLoggerProvider Logging,
    PluginListener Listener,
    AutoMtls? Mtls,
    StdioBroadcaster Stdio,
    ParentProcess? Parent,
    Runtime.RuntimeTimeouts Timeouts);
