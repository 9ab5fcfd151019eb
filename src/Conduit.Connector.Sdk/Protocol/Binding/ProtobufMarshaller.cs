using Google.Protobuf;
using Grpc.Core;

namespace Conduit.Connector.Sdk.Protocol.Binding;

/// <summary>
/// gRPC marshallers for generated protobuf messages that serialize and parse straight from the transport's buffers,
/// as the marshallers in the code that grpc_csharp_plugin generates do for messages that implement
/// <see cref="IBufferMessage"/> (every message protoc generates for C# does).
/// </summary>
internal static class ProtobufMarshaller
{
    /// <summary>Creates the marshaller of <typeparamref name="TMessage"/>.</summary>
    public static Marshaller<TMessage> Create<TMessage>(MessageParser<TMessage> parser)
        where TMessage : class, IMessage<TMessage>, IBufferMessage
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Marshallers.Create<TMessage>(Serialize, context => parser.ParseFrom(context.PayloadAsReadOnlySequence()));
    }

    private static void Serialize<TMessage>(TMessage message, SerializationContext context)
        where TMessage : class, IMessage<TMessage>, IBufferMessage
    {
        context.SetPayloadLength(message.CalculateSize());
        message.WriteTo(context.GetBufferWriter());
        context.Complete();
    }
}
