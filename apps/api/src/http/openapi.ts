import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI document at /openapi.json and a browsable page at /docs. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Driehoek API')
    .setDescription(
      'Scenario library, live exercises and regulatory clocks for the cyberdriehoek. ' +
        'Errors are JSON `{statusCode, code, message, errors?}`; `code` is stable. ' +
        'Sign in with `POST /api/auth/login` and send `Authorization: Bearer <accessToken>`; every /api route ' +
        'except login, refresh and join requires it. Players join with `POST /api/join` and a join code.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'accessToken from POST /api/auth/login' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: '/openapi.json',
    yamlDocumentUrl: '/openapi.yaml',
  });
}
