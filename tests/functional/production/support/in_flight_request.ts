/*
|--------------------------------------------------------------------------
| A request the server has started but not finished
|--------------------------------------------------------------------------
|
| `Expect: 100-continue` makes the server answer "100 Continue" once it has
| read the request line and headers: from then on the request is in flight
| on the server, without any timing guess. The body is sent when the test
| says so.
*/
import { request, type ClientRequest, type IncomingMessage } from 'node:http'
import { once } from 'node:events'

export class InFlightRequest {
  private constructor(
    private readonly req: ClientRequest,
    private readonly body: string,
    private readonly response: Promise<IncomingMessage>
  ) {}

  /** Resolves when the server has accepted the headers and waits for the body. */
  static async open(
    url: string,
    fields: Record<string, string>,
    cookie: string
  ): Promise<InFlightRequest> {
    const body = new URLSearchParams(fields).toString()
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': Buffer.byteLength(body),
        'expect': '100-continue',
        'cookie': cookie,
      },
    })
    const response = once(req, 'response').then(([message]) => message as IncomingMessage)
    req.flushHeaders()
    await once(req, 'continue')
    return new InFlightRequest(req, body, response)
  }

  /** Sends the body; resolves with the status code the server finally answers. */
  async finish(): Promise<number> {
    this.req.end(this.body)
    const message = await this.response
    message.resume()
    return message.statusCode ?? 0
  }
}
