using Conduit.Connector.Sdk.Protocol.Wire.ConnUtils;
using Grpc.Core;
using GrpcMetadata = Grpc.Core.Metadata;
using Grpc.Net.Client;
using WireSchema = Conduit.Connector.Sdk.Protocol.Wire.Schema.Schema;

namespace Conduit.Connector.Sdk.Schemas;

/// <summary>
/// The client of Conduit's <c>connutils.v1.SchemaService</c>. Every call carries the connector token in the
/// <c>conduit-connector-token</c> metadata entry (when there is one); errors become the SDK's exceptions
/// (<see cref="SchemaServiceErrors"/>). Subjects are sent as given: prefixing is <see cref="SchemaContextService"/>'s job.
/// </summary>
internal sealed class GrpcSchemaService : ISchemaService, IDisposable
{
    /// <summary>The metadata key Conduit reads the token from.</summary>
    public const string TokenMetadataKey = "conduit-connector-token";

    private readonly SchemaService.SchemaServiceClient _client;
    private readonly GrpcChannel? _channel;
    private readonly GrpcMetadata _headers;

    /// <summary>Initializes a client that dials a target.</summary>
    /// <param name="target">The gRPC target, such as <c>127.0.0.1:8084</c>.</param>
    /// <param name="token">The connector token, or <see langword="null"/>.</param>
    /// <exception cref="FormatException">The target is not understood.</exception>
    public GrpcSchemaService(string target, string? token)
    {
        var (address, handler) = SchemaServiceTarget.Resolve(target);
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
        _client = new SchemaService.SchemaServiceClient(_channel);
        _headers = Headers(token);
    }

    /// <summary>Initializes a client on a call invoker (tests).</summary>
    /// <param name="invoker">The invoker.</param>
    /// <param name="token">The connector token, or <see langword="null"/>.</param>
    public GrpcSchemaService(CallInvoker invoker, string? token)
    {
        _client = new SchemaService.SchemaServiceClient(invoker);
        _headers = Headers(token);
    }

    public async Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var request = new CreateSchemaRequest
        {
            Subject = subject,
            Type = type == SchemaType.Avro ? WireSchema.Types.Type.Avro : (WireSchema.Types.Type)(int)type,
            Bytes = Google.Protobuf.ByteString.CopyFrom(bytes.Span),
        };
        try
        {
            var response = await _client.CreateSchemaAsync(request, _headers, cancellationToken: cancellationToken).ConfigureAwait(false);
            return FromWire(response.Schema, "CreateSchema");
        }
        catch (RpcException e)
        {
            throw SchemaServiceErrors.FromRpc(e, "CreateSchema", subject, 0, cancellationToken);
        }
    }

    public async Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        try
        {
            var response = await _client.GetSchemaAsync(
                new GetSchemaRequest { Subject = subject, Version = version }, _headers, cancellationToken: cancellationToken).ConfigureAwait(false);
            return FromWire(response.Schema, "GetSchema");
        }
        catch (RpcException e)
        {
            throw SchemaServiceErrors.FromRpc(e, "GetSchema", subject, version, cancellationToken);
        }
    }

    public void Dispose() => _channel?.Dispose();

    private static GrpcMetadata Headers(string? token) =>
        string.IsNullOrEmpty(token) ? [] : new GrpcMetadata { { TokenMetadataKey, token } };

    private static Schema FromWire(WireSchema? schema, string operation)
    {
        if (schema is null || schema.Subject.Length == 0 || schema.Version < 1)
        {
            throw new SchemaException($"schema service {operation} returned no schema (or one without subject and version)");
        }

        if (schema.Type != WireSchema.Types.Type.Avro)
        {
            throw new SchemaException($"schema service {operation} returned schema {schema.Subject} v{schema.Version} of type {schema.Type}, which this SDK does not support");
        }

        return new Schema(schema.Subject, schema.Version, schema.Id, SchemaType.Avro, schema.Bytes.Memory);
    }
}
