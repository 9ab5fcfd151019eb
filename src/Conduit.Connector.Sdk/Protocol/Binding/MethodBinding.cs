using System.Diagnostics.CodeAnalysis;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Conduit.Connector.Sdk.Protocol.Binding;

/// <summary>
/// One gRPC method with its descriptor and the call that serves it, added to the server without reflection.
/// </summary>
/// <remarks>
/// grpc-dotnet's default binding (<c>MapGrpcService</c> with its <c>BinderServiceMethodProvider</c>) finds the
/// generated <c>BindService</c> and every implementation method by reflection and binds each method through a
/// generic virtual call. Under Native AOT that makes the runtime build generic code and dictionaries at start-up,
/// which cost about half of the time to the handshake. A binding states the same things in code the AOT compiler
/// sees whole: the descriptor (service, method, kind and marshallers, equal to the generated ones) and a static
/// invoker on <typeparamref name="TServices"/>, the one object that holds every service implementation.
/// </remarks>
/// <typeparam name="TServices">The object, resolved from DI for each call, that holds the service implementations.</typeparam>
internal abstract class MethodBinding<[DynamicallyAccessedMembers(MethodBinding.ServiceMembers)] TServices>
    where TServices : class
{
    /// <summary>Gets the descriptor: full name <c>/package.Service/Method</c>, kind and marshallers.</summary>
    public abstract IMethod Method { get; }

    /// <summary>Adds the method, with <paramref name="metadata"/> for its endpoint, to the service being discovered.</summary>
    public abstract void AddTo(ServiceMethodProviderContext<TServices> context, IList<object> metadata);
}

/// <summary>Creates <see cref="MethodBinding{TServices}"/>s for the three kinds of method the plugin serves.</summary>
internal static class MethodBinding
{
    /// <summary>What grpc-dotnet keeps of a service type for trimming; every type argument for TServices carries it.</summary>
    public const DynamicallyAccessedMemberTypes ServiceMembers = DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods;

    /// <summary>A unary method.</summary>
    public static MethodBinding<TServices> Unary<[DynamicallyAccessedMembers(ServiceMembers)] TServices, TRequest, TResponse>(
        string serviceName,
        string methodName,
        MessageParser<TRequest> requestParser,
        MessageParser<TResponse> responseParser,
        UnaryServerMethod<TServices, TRequest, TResponse> invoker)
        where TServices : class
        where TRequest : class, IMessage<TRequest>, IBufferMessage
        where TResponse : class, IMessage<TResponse>, IBufferMessage =>
        new UnaryBinding<TServices, TRequest, TResponse>(Describe(MethodType.Unary, serviceName, methodName, requestParser, responseParser), invoker);

    /// <summary>A method with one request and a stream of responses.</summary>
    public static MethodBinding<TServices> ServerStreaming<[DynamicallyAccessedMembers(ServiceMembers)] TServices, TRequest, TResponse>(
        string serviceName,
        string methodName,
        MessageParser<TRequest> requestParser,
        MessageParser<TResponse> responseParser,
        ServerStreamingServerMethod<TServices, TRequest, TResponse> invoker)
        where TServices : class
        where TRequest : class, IMessage<TRequest>, IBufferMessage
        where TResponse : class, IMessage<TResponse>, IBufferMessage =>
        new ServerStreamingBinding<TServices, TRequest, TResponse>(Describe(MethodType.ServerStreaming, serviceName, methodName, requestParser, responseParser), invoker);

    /// <summary>A method with a stream each way.</summary>
    public static MethodBinding<TServices> DuplexStreaming<[DynamicallyAccessedMembers(ServiceMembers)] TServices, TRequest, TResponse>(
        string serviceName,
        string methodName,
        MessageParser<TRequest> requestParser,
        MessageParser<TResponse> responseParser,
        DuplexStreamingServerMethod<TServices, TRequest, TResponse> invoker)
        where TServices : class
        where TRequest : class, IMessage<TRequest>, IBufferMessage
        where TResponse : class, IMessage<TResponse>, IBufferMessage =>
        new DuplexStreamingBinding<TServices, TRequest, TResponse>(Describe(MethodType.DuplexStreaming, serviceName, methodName, requestParser, responseParser), invoker);

    private static Method<TRequest, TResponse> Describe<TRequest, TResponse>(
        MethodType type,
        string serviceName,
        string methodName,
        MessageParser<TRequest> requestParser,
        MessageParser<TResponse> responseParser)
        where TRequest : class, IMessage<TRequest>, IBufferMessage
        where TResponse : class, IMessage<TResponse>, IBufferMessage =>
        new(type, serviceName, methodName, ProtobufMarshaller.Create(requestParser), ProtobufMarshaller.Create(responseParser));

    private sealed class UnaryBinding<[DynamicallyAccessedMembers(ServiceMembers)] TServices, TRequest, TResponse>(
        Method<TRequest, TResponse> method,
        UnaryServerMethod<TServices, TRequest, TResponse> invoker) : MethodBinding<TServices>
        where TServices : class
        where TRequest : class
        where TResponse : class
    {
        public override IMethod Method => method;

        public override void AddTo(ServiceMethodProviderContext<TServices> context, IList<object> metadata) =>
            context.AddUnaryMethod(method, metadata, invoker);
    }

    private sealed class ServerStreamingBinding<[DynamicallyAccessedMembers(ServiceMembers)] TServices, TRequest, TResponse>(
        Method<TRequest, TResponse> method,
        ServerStreamingServerMethod<TServices, TRequest, TResponse> invoker) : MethodBinding<TServices>
        where TServices : class
        where TRequest : class
        where TResponse : class
    {
        public override IMethod Method => method;

        public override void AddTo(ServiceMethodProviderContext<TServices> context, IList<object> metadata) =>
            context.AddServerStreamingMethod(method, metadata, invoker);
    }

    private sealed class DuplexStreamingBinding<[DynamicallyAccessedMembers(ServiceMembers)] TServices, TRequest, TResponse>(
        Method<TRequest, TResponse> method,
        DuplexStreamingServerMethod<TServices, TRequest, TResponse> invoker) : MethodBinding<TServices>
        where TServices : class
        where TRequest : class
        where TResponse : class
    {
        public override IMethod Method => method;

        public override void AddTo(ServiceMethodProviderContext<TServices> context, IList<object> metadata) =>
            context.AddDuplexStreamingMethod(method, metadata, invoker);
    }
}
