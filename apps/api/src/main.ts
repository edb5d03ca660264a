import 'reflect-metadata';
import { hello } from '@driehoek/core';
import { NestFactory } from '@nestjs/core';
console.log(hello(), typeof NestFactory);
